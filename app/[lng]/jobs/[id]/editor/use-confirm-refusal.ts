"use client";

import { useCallback } from "react";
import { useT } from "@/app/_components/use-t";
import { blockingErrors } from "@/lib/qa/blocking-errors";
import { issueText } from "./issue-text";
import type { EditorSegment } from "./types";

/**
 * Why a text may not be confirmed for a segment: the first quality-check error, in the reader's
 * language and naming the segment ("Segment 3 was not confirmed: Tag 1 is in the source but not in
 * the translation…"), or null. The server refuses the same texts with the same first error.
 */
export function useConfirmRefusal(
  segments: ReadonlyMap<number, EditorSegment>,
  sourceLanguage: string,
  targetLanguage: string,
) {
  const t = useT();
  return useCallback(
    (segmentId: number, text: string): string | null => {
      const segment = segments.get(segmentId);
      if (!segment) return null;
      const [first] = blockingErrors({
        source: segment.source,
        target: text,
        tags: segment.tags,
        sourceLanguage,
        targetLanguage,
      });
      return first ? t("editor:checks.refused", { number: segment.position + 1, message: issueText(t, first) }) : null;
    },
    [segments, sourceLanguage, targetLanguage, t],
  );
}
