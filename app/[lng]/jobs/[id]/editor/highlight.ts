// The searched phrase marked in a concordance result: any case, any run of spaces between its
// words, accents as typed (as the memory search treats them).

export type HighlightPart = { text: string; hit: boolean };

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** `text` cut into the phrase's occurrences (`hit`) and what lies between them. */
export function highlightPhrase(text: string, phrase: string): HighlightPart[] {
  const words = phrase.trim().split(/\s+/u).filter((word) => word !== "");
  if (words.length === 0 || text === "") return text === "" ? [] : [{ text, hit: false }];
  // The "u" flag folds case one code point at a time, so offsets stay those of `text`.
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "giu");
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
