// The quality checks of every segment, kept fresh as the volunteer types without re-running them for
// the whole article on each keystroke: results are cached per translation object, and the saver
// replaces only the object of the segment that changed. An edit thus costs one segment's checks.
import type { InlineTag } from "@/db/json-shapes";
import { withDismissals, type QaDismissal, type ReviewedIssue } from "@/lib/qa/dismissals";
import { runChecks } from "@/lib/qa/run-checks";
import type { QaGlossaryEntry } from "@/lib/qa/types";

export type SegmentChecks = {
  /** Errors and warnings in check order, each warning with its dismissal for the current text. */
  issues: ReviewedIssue[];
  errors: number;
  /** Warnings not dismissed for the current text. */
  openWarnings: number;
};

/** An empty translation is not checked: "empty" is what the state already says. */
export const NO_CHECKS: SegmentChecks = { issues: [], errors: 0, openWarnings: 0 };

export type ChecksFacts = {
  source: string;
  tags: InlineTag[];
  sourceLanguage: string;
  targetLanguage: string;
  /** The glossary entries found in this source (the same array every time for one segment). */
  glossary: QaGlossaryEntry[];
  dismissals: readonly QaDismissal[];
};

type Entry = { glossary: QaGlossaryEntry[]; dismissals: readonly QaDismissal[]; checks: SegmentChecks };
export type ChecksCache = WeakMap<object, Entry>;

export function createChecksCache(): ChecksCache {
  return new WeakMap();
}

/** The checks of one translation; the same object as last time while its text, glossary and dismissals stay. */
export function segmentChecks(cache: ChecksCache, translation: { text: string }, facts: ChecksFacts): SegmentChecks {
  if (translation.text === "") return NO_CHECKS;
  const cached = cache.get(translation);
  if (cached && cached.glossary === facts.glossary && cached.dismissals === facts.dismissals) return cached.checks;
  const issues = withDismissals(
    runChecks({
      source: facts.source,
      target: translation.text,
      tags: facts.tags,
      sourceLanguage: facts.sourceLanguage,
      targetLanguage: facts.targetLanguage,
      glossary: facts.glossary,
    }),
    facts.dismissals,
    translation.text,
  );
  const checks: SegmentChecks = {
    issues,
    errors: issues.filter((issue) => issue.severity === "error").length,
    openWarnings: issues.filter((issue) => issue.severity === "warning" && issue.dismissal === null).length,
  };
  cache.set(translation, { glossary: facts.glossary, dismissals: facts.dismissals, checks });
  return checks;
}
