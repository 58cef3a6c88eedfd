/**
 * A stretch of text in which no sentence may end: a boundary position p is inside it when
 * `after < p < before`, i.e. strictly between its first and last character.
 */
export type ProtectedRange = { after: number; before: number };

/** Sorts and merges overlapping ranges so a single forward cursor can answer membership. */
export function mergeRanges(ranges: ProtectedRange[]): ProtectedRange[] {
  const sorted = [...ranges].sort((a, b) => a.after - b.after);
  const merged: ProtectedRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.after < last.before) last.before = Math.max(last.before, range.before);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Answers "is p protected?" for non-decreasing p in amortised constant time, which keeps the
 * splitter linear however many ranges there are.
 */
export class RangeCursor {
  private index = 0;

  constructor(private readonly ranges: readonly ProtectedRange[]) {}

  covers(position: number): boolean {
    while (this.index < this.ranges.length && this.ranges[this.index]!.before <= position) this.index++;
    const range = this.ranges[this.index];
    return range !== undefined && range.after < position;
  }
}

/** Sorted, de-duplicated union of already sorted offset lists. */
export function mergeOffsets(...lists: readonly (readonly number[])[]): number[] {
  const all = lists.flat().sort((a, b) => a - b);
  return all.filter((offset, i) => i === 0 || offset !== all[i - 1]);
}
