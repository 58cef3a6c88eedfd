import { isWhitespace } from "./characters";
import type { SentenceSpan } from "./types";

/** Cuts `text` at the sorted `boundaries` and trims each piece; pieces with nothing left are dropped. */
export function spansBetween(text: string, boundaries: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const to of [...boundaries, text.length]) {
    let start = from;
    let end = Math.min(to, text.length);
    while (start < end && isWhitespace(text[start])) start++;
    while (end > start && isWhitespace(text[end - 1])) end--;
    if (start < end) spans.push({ start, end });
    from = Math.max(from, to);
  }
  return spans;
}
