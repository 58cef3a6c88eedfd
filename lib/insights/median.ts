/**
 * The middle value: half the values are at most it, half at least. With an even count, the mean of
 * the two middle values. Null for no values, so "no data" is never shown as zero.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
