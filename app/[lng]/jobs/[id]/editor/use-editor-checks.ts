"use client";

// The quality checks of the whole job as the volunteer types: glossary terms found once per segment,
// checks re-run only for the segment whose text changed (segment-checks.ts), dismissals kept here
// as the server answers them. What the rows, the filter and the submit button read.
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { findGlossaryTerms, type GlossaryMatch } from "@/lib/glossary/find-terms";
import type { QaDismissal } from "@/lib/qa/dismissals";
import type { QaGlossaryEntry } from "@/lib/qa/types";
import { entriesOf, qaGlossaryOf } from "./glossary-parts";
import { createChecksCache, segmentChecks, type SegmentChecks } from "./segment-checks";
import type { EditorSegment, TranslationState } from "./types";

/** A segment's glossary terms: where they are in the source, each entry once, and what the checks need. */
export type SegmentGlossary = { matches: GlossaryMatch[]; entries: GlossaryEntry[]; qa: QaGlossaryEntry[] };

// Keyed by translation objects, which belong to one page: sharing the cache between pages is harmless.
const CHECKS_CACHE = createChecksCache();
const NO_DISMISSALS: QaDismissal[] = [];
const NOTHING_CHECKED: ReadonlyMap<number, TranslationState> = new Map();

type Options = {
  segments: EditorSegment[];
  translations: ReadonlyMap<number, TranslationState>;
  glossary: GlossaryEntry[];
  sourceLanguage: string;
  targetLanguage: string;
};

export function useEditorChecks({ segments, translations, glossary, sourceLanguage, targetLanguage }: Options) {
  const glossaryBySegment = useMemo(
    () =>
      new Map<number, SegmentGlossary>(
        segments.map((segment) => {
          const matches = findGlossaryTerms(segment.source, glossary, sourceLanguage);
          const entries = entriesOf(matches);
          return [segment.id, { matches, entries, qa: qaGlossaryOf(entries) }];
        }),
      ),
    [segments, glossary, sourceLanguage],
  );

  const [dismissals, setDismissals] = useState<ReadonlyMap<number, QaDismissal[]>>(
    () => new Map(segments.map((segment) => [segment.id, segment.dismissedWarnings])),
  );
  const onDismissed = useCallback((segmentId: number, list: QaDismissal[]) => {
    setDismissals((previous) => new Map(previous).set(segmentId, list));
  }, []);

  // Checked in a deferred render: the page hydrates before a long article's first pass (about 0.15 ms
  // a segment), and a keystroke paints before its segment is checked again. Confirming does not rely
  // on this: the saver asks for the blocking errors of the text it sends.
  const checked = useDeferredValue(translations, NOTHING_CHECKED);
  const checksBySegment = useMemo(() => {
    const map = new Map<number, SegmentChecks>();
    for (const segment of segments) {
      const translation = checked.get(segment.id);
      if (!translation) continue;
      map.set(
        segment.id,
        segmentChecks(CHECKS_CACHE, translation, {
          source: segment.source,
          tags: segment.tags,
          sourceLanguage,
          targetLanguage,
          glossary: glossaryBySegment.get(segment.id)?.qa ?? [],
          dismissals: dismissals.get(segment.id) ?? NO_DISMISSALS,
        }),
      );
    }
    return map;
  }, [segments, checked, glossaryBySegment, dismissals, sourceLanguage, targetLanguage]);

  /** Segments with an error (they cannot be confirmed or submitted) and those with anything open. */
  const { withErrors, withProblems } = useMemo(() => {
    const errors = new Set<number>();
    const problems = new Set<number>();
    for (const [segmentId, checks] of checksBySegment) {
      if (checks.errors > 0) errors.add(segmentId);
      if (checks.errors > 0 || checks.openWarnings > 0) problems.add(segmentId);
    }
    return { withErrors: errors, withProblems: problems };
  }, [checksBySegment]);

  return { glossaryBySegment, checksBySegment, withErrors, withProblems, onDismissed };
}
