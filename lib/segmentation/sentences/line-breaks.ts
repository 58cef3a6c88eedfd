import { isLower, isNewline, isWhitespace } from "./characters";

function lineBreaksIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    if (isNewline(text[i]) && !(text[i] === "\n" && text[i - 1] === "\r")) count++;
  }
  return count;
}

/**
 * In "break" mode a line break ends a sentence (a list without punctuation, a hard break in a
 * paragraph), except an errant one: a single line break after a space or tab and before a lowercase
 * letter is a wrapped line, as pragmatic_segmenter's cleaner treats it ("It was a cold \nnight").
 * Returns the offset of the first newline of each breaking run of whitespace.
 */
export function lineBreakBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isNewline(text[i])) continue;
    let end = i;
    while (end < text.length && isWhitespace(text[end])) end++;
    const before = text[i - 1];
    const errant = (before === " " || before === "\t") && lineBreaksIn(text, i, end) === 1 && isLower(text[end]);
    if (!errant) boundaries.push(i);
    i = end - 1;
  }
  return boundaries;
}

/** The same text with every newline turned into a space: offsets stay valid. */
export function newlinesAsSpaces(text: string): string {
  return text.replace(/[\n\r\u2028\u2029]/g, " ");
}
