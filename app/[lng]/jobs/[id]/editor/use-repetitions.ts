"use client";

// After a confirmation, the segments with the same sentence that nobody has started are offered its
// translation (repetitions.ts finds them). The offer sits in the confirmed row until it is taken,
// declined or replaced by the next confirmation; filling confirms them through the saver.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { useT } from "@/app/_components/use-t";
import { repetitionsOf } from "./repetitions";
import type { EditorSegment, RepetitionOffer, TranslationState } from "./types";
import type { ConfirmOutcome } from "./use-segment-saver";

type Options = {
  segments: EditorSegment[];
  /** The saver's translations, read when asked (the callbacks keep one identity, rows stay memoized). */
  translationsRef: RefObject<ReadonlyMap<number, TranslationState>>;
  confirm: (segmentId: number, text?: string) => ConfirmOutcome;
  announce: (text: string) => void;
  /** Where focus goes once the offer's buttons are gone. */
  focusSegment: (segmentId: number) => void;
};

export function useRepetitions({ segments, translationsRef, confirm, announce, focusSegment }: Options) {
  const t = useT();
  const [offer, setOffer] = useState<RepetitionOffer | null>(null);
  const offerRef = useRef(offer);
  useEffect(() => {
    offerRef.current = offer;
  }, [offer]);

  /** Called after `segmentId` was confirmed: offers its translation to its empty twins, if any. */
  const offerAfterConfirm = useCallback(
    (segmentId: number) => {
      const current = translationsRef.current;
      const targets = repetitionsOf(segmentId, segments, current);
      const text = current.get(segmentId)?.text ?? "";
      if (targets.length === 0 || text.trim() === "") {
        setOffer((previous) => (previous?.segmentId === segmentId ? null : previous));
        return;
      }
      setOffer({ segmentId, text, targets });
      const number = (segments.find((segment) => segment.id === segmentId)?.position ?? 0) + 1;
      announce(t("editor:repetitions.announce", { count: targets.length, number }));
    },
    [announce, segments, t, translationsRef],
  );

  const fill = useCallback(
    (segmentId: number) => {
      const taken = offerRef.current;
      if (!taken || taken.segmentId !== segmentId) return;
      // Only those still empty: the volunteer may have started one since the offer was made.
      const stillEmpty = new Set(repetitionsOf(segmentId, segments, translationsRef.current));
      let filled = 0;
      for (const target of taken.targets) {
        if (stillEmpty.has(target) && confirm(target, taken.text) === "confirmed") filled += 1;
      }
      setOffer(null);
      announce(t("editor:repetitions.filled", { count: filled }));
      focusSegment(segmentId);
    },
    [announce, confirm, focusSegment, segments, t, translationsRef],
  );

  const decline = useCallback(
    (segmentId: number) => {
      setOffer((previous) => (previous?.segmentId === segmentId ? null : previous));
      focusSegment(segmentId);
    },
    [focusSegment],
  );

  return { offer, offerAfterConfirm, fill, decline };
}
