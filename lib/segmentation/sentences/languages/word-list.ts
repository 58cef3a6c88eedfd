/** A word list written as whitespace-separated words, so long lists read like lists. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}
