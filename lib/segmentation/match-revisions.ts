// Matches the segments of a re-imported source to those of the revision before it, so translations
// follow their sentences: same text -> unchanged; similar enough -> changed (outdated); else new.
import { similarity } from "../text/similarity";
import { plainText } from "./tagged-text";

export type SegmentMatch =
  { kind: "unchanged"; previous: number } | { kind: "changed"; previous: number; similarity: number } | { kind: "new" };

export type RevisionMatching = {
  /** One entry per new segment, in order; `previous` indexes the old segments. */
  matches: SegmentMatch[];
  /** Old segments nothing matched: removed from the article. */
  retired: number[];
};

/** Below this similarity a changed sentence counts as a new one (the TM tools' usual fuzzy floor). */
export const DEFAULT_MATCH_THRESHOLD = 0.5;

/** Text as a reader sees it: a change of tags or whitespace alone is not a change. */
export function comparableText(taggedText: string): string {
  return plainText(taggedText).replace(/\s+/g, " ").trim();
}

export function matchRevisions(
  previous: readonly { text: string }[],
  next: readonly { text: string }[],
  threshold = DEFAULT_MATCH_THRESHOLD,
): RevisionMatching {
  const oldKeys = previous.map((segment) => comparableText(segment.text));
  const newKeys = next.map((segment) => comparableText(segment.text));
  const matches: SegmentMatch[] = newKeys.map(() => ({ kind: "new" }));
  const used = new Set<number>();

  // 1. Identical text, first come first served, so repeated sentences pair up in document order.
  const byKey = new Map<string, number[]>();
  oldKeys.forEach((key, index) => byKey.set(key, [...(byKey.get(key) ?? []), index]));
  newKeys.forEach((key, index) => {
    const candidate = byKey.get(key)?.shift();
    if (candidate === undefined) return;
    matches[index] = { kind: "unchanged", previous: candidate };
    used.add(candidate);
  });

  // 2. Similar text, looked for between the unchanged neighbours, best pairs first.
  const pairs: { next: number; previous: number; score: number; distance: number }[] = [];
  newKeys.forEach((key, index) => {
    if (matches[index]!.kind !== "new") return;
    for (const candidate of candidatesBetweenAnchors(matches, index, oldKeys.length)) {
      if (used.has(candidate)) continue;
      const oldKey = oldKeys[candidate]!;
      const shorter = Math.min(key.length, oldKey.length);
      const longer = Math.max(key.length, oldKey.length);
      if (longer === 0 || shorter / longer < threshold) continue;
      const score = similarity(key, oldKey, threshold);
      if (score >= threshold)
        pairs.push({ next: index, previous: candidate, score, distance: Math.abs(candidate - index) });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.distance - b.distance);
  for (const pair of pairs) {
    if (matches[pair.next]!.kind !== "new" || used.has(pair.previous)) continue;
    matches[pair.next] = { kind: "changed", previous: pair.previous, similarity: pair.score };
    used.add(pair.previous);
  }

  const retired = oldKeys.flatMap((_, index) => (used.has(index) ? [] : [index]));
  return { matches, retired };
}

/** Old positions between the old counterparts of the nearest unchanged segments before and after. */
function candidatesBetweenAnchors(matches: SegmentMatch[], index: number, oldCount: number): number[] {
  let low = -1;
  for (let i = index - 1; i >= 0; i--) {
    const match = matches[i]!;
    if (match.kind === "unchanged") {
      low = match.previous;
      break;
    }
  }
  let high = oldCount;
  for (let i = index + 1; i < matches.length; i++) {
    const match = matches[i]!;
    if (match.kind === "unchanged") {
      high = match.previous;
      break;
    }
  }
  // Paragraphs moved around: the anchors cross, so look everywhere.
  if (high <= low) [low, high] = [-1, oldCount];
  return Array.from({ length: high - low - 1 }, (_, offset) => low + 1 + offset);
}
