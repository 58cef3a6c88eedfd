// The reference the benchmark checks lookups against: the exact best match of a query over every
// unit of the memory, found by scanning them all. Exact, and only as fast as exact pruning allows:
// units are visited from the query's length outwards and skipped when their length, or a lower
// bound of the distance from character counts, shows they cannot beat the best score found so far.
import { distancePattern } from "../lib/memory/edit-distance";
import { fuzzyScore, lengthWindow, maxDistanceFor } from "../lib/memory/match-score";

const BUCKETS = 32;

/** Characters into 32 buckets; merging characters only weakens the bound, never breaks it. */
function bucketOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code === 32) return 26;
  if (code >= 48 && code <= 57) return 27;
  if (code < 128) return 28;
  return 29 + (code % 3);
}

function histogram(text: string, into: Uint16Array, offset: number): void {
  for (let index = 0; index < text.length; index++) into[offset + bucketOf(text.charCodeAt(index))]!++;
}

export type BruteForceIndex = { ids: Int32Array; texts: string[]; lengths: Int32Array; counts: Uint16Array };

/** Units sorted by the length of their match text, with their character counts. */
export function bruteForceIndex(units: readonly { id: number; text: string }[]): BruteForceIndex {
  const sorted = [...units].sort((a, b) => a.text.length - b.text.length);
  const counts = new Uint16Array(sorted.length * BUCKETS);
  sorted.forEach((unit, index) => histogram(unit.text, counts, index * BUCKETS));
  return {
    ids: Int32Array.from(sorted, (unit) => unit.id),
    texts: sorted.map((unit) => unit.text),
    lengths: Int32Array.from(sorted, (unit) => unit.text.length),
    counts,
  };
}

/** The best score (0 when none reaches `threshold`) and one unit that has it. */
export function bruteForceBest(
  index: BruteForceIndex,
  query: string,
  threshold: number,
): { score: number; unitId: number } {
  const n = query.length;
  const pattern = distancePattern(query);
  const queryCounts = new Uint16Array(BUCKETS);
  histogram(query, queryCounts, 0);
  let best = { score: 0, unitId: -1 };
  let wanted = threshold;
  const { lengths } = index;
  let low = lowerBound(lengths, n) - 1;
  let high = low + 1;
  let [shortest, longest] = lengthWindow(wanted, n);
  const visit = (position: number) => {
    const m = lengths[position]!;
    const limit = maxDistanceFor(wanted, n, m);
    let common = 0;
    const offset = position * BUCKETS;
    for (let bucket = 0; bucket < BUCKETS; bucket++)
      common += Math.min(queryCounts[bucket]!, index.counts[offset + bucket]!);
    if (Math.max(n, m) - common > limit) return;
    const distance = pattern.distance(index.texts[position]!, limit);
    if (distance > limit) return;
    const score = fuzzyScore(distance, n, m);
    if (score >= wanted) {
      best = { score, unitId: index.ids[position]! };
      wanted = score + 1;
      [shortest, longest] = lengthWindow(wanted, n);
    }
  };
  while (wanted <= 100) {
    const lowOk = low >= 0 && lengths[low]! >= shortest;
    const highOk = high < lengths.length && lengths[high]! <= longest;
    if (!lowOk && !highOk) break;
    if (lowOk && (!highOk || n - lengths[low]! <= lengths[high]! - n)) visit(low--);
    else visit(high++);
  }
  return best;
}

function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
