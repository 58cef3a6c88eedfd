"use client";

// The memory matches of the active segment, and putting one into its text box: from the panel's
// Insert buttons, or with Ctrl+1…5 in the text box (which reads them through a ref, so the key
// handler keeps one identity and the rows stay memoized).
import { useCallback, useEffect, useRef } from "react";
import { useT } from "@/app/_components/use-t";
import { replaceTextOf } from "./insert-text";
import type { MemoryMatch } from "./memory-types";
import { textareaOf } from "./segment-dom";
import { useMatches } from "./use-matches";

const NO_MATCHES: MemoryMatch[] = [];

type Options = {
  jobId: number;
  /** The active segment, when its text box can be edited. */
  segment: { id: number; source: string } | null;
  /** Confirmations the server accepted so far: each may have changed the memory. */
  confirmedSaves: number;
  edit: (segmentId: number, text: string) => void;
  announce: (text: string) => void;
};

export function useActiveMatches({ jobId, segment, confirmedSaves, edit, announce }: Options) {
  const t = useT();
  const { state, retry } = useMatches(jobId, segment, confirmedSaves);
  const shown =
    state.status === "ready" ? state.matches : state.status === "loading" ? (state.matches ?? NO_MATCHES) : NO_MATCHES;
  const segmentId = segment?.id ?? null;
  const shownRef = useRef({ segmentId, matches: shown });
  useEffect(() => {
    shownRef.current = { segmentId, matches: shown };
  }, [segmentId, shown]);

  /** Replaces the segment's text with match `index` (0-based), if the panel shows it for that segment. */
  const insertMatch = useCallback(
    (target: number, index: number) => {
      const current = shownRef.current;
      const match = current.segmentId === target ? current.matches[index] : undefined;
      const element = textareaOf(target);
      if (!match || !element) return;
      replaceTextOf(element, match.targetText, (text) => edit(target, text));
      announce(t("editor:memory.inserted", { number: index + 1 }));
    },
    [announce, edit, t],
  );

  return { state, retry, insertMatch };
}
