// The rule-based splitter: finds every terminator, reads the candidate boundary after it and lets the
// language's ordered rules decide. Line breaks and inline list items give boundaries of their own.
import { addressRanges } from "./address-ranges";
import { Candidate } from "./candidate";
import { isCloser, isNarrowSpace } from "./characters";
import { decide, type LanguageProfile } from "./language-profile";
import { lineBreakBoundaries } from "./line-breaks";
import { findListLabels } from "./list-markers";
import { pairedRanges } from "./paired-punctuation";
import { mergeOffsets, mergeRanges, RangeCursor } from "./ranges";
import type { SplitOptions } from "./types";

const MAX_CLOSERS = 8;

/** Closing quotes and brackets right after a terminator belong to the sentence it ends: `."`, `。」`, `?».` */
function afterClosers(text: string, start: number, profile: LanguageProfile): number {
  let end = start;
  for (let n = 0; n < MAX_CLOSERS; n++) {
    if (isCloser(text[end])) end += 1;
    else if (isNarrowSpace(text[end]) && isCloser(text[end + 1])) end += 2;
    else if (text[end] === " " && text[end + 1] !== undefined && profile.closersAfterSpace.includes(text[end + 1]!)) {
      end += 2;
    } else break;
  }
  return end;
}

/** Sorted offsets at which `text` is cut into sentences (before trimming). */
export function ruleBasedBoundaries(
  text: string,
  profile: LanguageProfile,
  newlines: NonNullable<SplitOptions["newlines"]>,
): number[] {
  const lines = newlines === "break" ? lineBreakBoundaries(text) : [];
  const lists = findListLabels(text);
  const shielded = mergeRanges([...addressRanges(text), ...pairedRanges(text, profile.pairs, newlines === "space")]);
  const shieldedCursor = new RangeCursor(shielded);
  const fixed = mergeOffsets(
    lines,
    lists.boundaries.filter((offset) => !shieldedCursor.covers(offset)),
  );

  const protectedCursor = new RangeCursor(mergeRanges([...shielded, ...lists.labels]));
  const found: number[] = [];
  let segmentStart = 0;
  let nextFixed = 0;
  const pattern = profile.terminatorPattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const terminator = match.index;
    while (nextFixed < fixed.length && fixed[nextFixed]! <= terminator) {
      segmentStart = Math.max(segmentStart, fixed[nextFixed++]!);
    }
    const position = afterClosers(text, terminator + 1, profile);
    // Marks written together ("?!", "...", "。」") are one cluster, decided at its last mark.
    if (profile.isTerminator(text[position])) continue;
    const candidate = new Candidate(
      text,
      position,
      terminator,
      segmentStart,
      profile,
      protectedCursor.covers(position),
    );
    if (decide(profile.rules, candidate)) {
      found.push(position);
      segmentStart = position;
    }
  }
  return mergeOffsets(found, fixed);
}
