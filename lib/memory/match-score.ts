// The match percentage translators know from TM tools, on match texts (normalize.ts):
// 100 x (1 - distance / length of the longer text), rounded down, so 99 never hides a difference.
// Integer arithmetic throughout: the bounds below must agree exactly with the score they prune for.

export function fuzzyScore(distance: number, queryLength: number, unitLength: number): number {
  const longer = Math.max(queryLength, unitLength);
  if (longer === 0) return 100;
  return Math.floor((100 * (longer - distance)) / longer);
}

/** The largest distance that still scores at least `score` between texts of these lengths. */
export function maxDistanceFor(score: number, queryLength: number, unitLength: number): number {
  return Math.floor((Math.max(queryLength, unitLength) * (100 - score)) / 100);
}

/**
 * The unit lengths that can score at least `score` against a query of `queryLength`: the distance
 * is at least the difference of the lengths, so |m - n| <= (1 - score/100) x max(m, n).
 */
export function lengthWindow(score: number, queryLength: number): [number, number] {
  const shortest = Math.ceil((queryLength * score) / 100);
  const longest = score <= 0 ? Number.MAX_SAFE_INTEGER : Math.floor((queryLength * 100) / score);
  return [shortest, longest];
}
