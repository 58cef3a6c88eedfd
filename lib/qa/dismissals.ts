// A dismissed warning belongs to the text it was dismissed for: the stored entry keeps a hash of
// that text, so editing the translation brings the warning back until it is dismissed again.
// Pure and synchronous, so the editor can tell in the browser whether a warning is dismissed.
import type { QaIssue } from "./types";

/** One entry of segment_translations.dismissed_warnings. */
export type QaDismissal = {
  check: string;
  reason: string;
  /** textHash() of the translation it was dismissed for; entries without one match no text. */
  textHash?: string;
};

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a (64 bits) of the text's UTF-8 bytes, as 16 hex digits: tells texts apart, not a secret. */
export function textHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, "0");
}

/** The dismissal of `check` that still holds for `text`, if any. */
export function activeDismissal(
  dismissals: readonly QaDismissal[],
  check: string,
  text: string,
): QaDismissal | undefined {
  const hash = textHash(text);
  return dismissals.find((entry) => entry.check === check && entry.textHash === hash);
}

export type ReviewedIssue = QaIssue & {
  /** The translator's reason, when they dismissed this warning for the current text. */
  dismissal: { reason: string } | null;
};

/** The issues with their dismissals; an error is never dismissed, whatever is stored. */
export function withDismissals(
  issues: readonly QaIssue[],
  dismissals: readonly QaDismissal[],
  text: string,
): ReviewedIssue[] {
  return issues.map((issue) => {
    const entry = issue.severity === "warning" ? activeDismissal(dismissals, issue.check, text) : undefined;
    return { ...issue, dismissal: entry ? { reason: entry.reason } : null };
  });
}
