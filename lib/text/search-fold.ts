/**
 * Text as a search compares it: any case, any accent ("energia" finds "Energía", "angela" finds
 * "Ángela"). Searches fold in JavaScript, not SQL: SQLite's LIKE folds the case of ASCII only.
 */
export function searchFold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
