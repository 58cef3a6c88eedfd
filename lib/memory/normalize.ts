// What "the same sentence" means to the translation memory. Three views of one tagged source text:
// - the match text, which scores are computed on: tags removed, Unicode NFC, whitespace collapsed,
//   lower case. "The  Report" and "the report" score 100 - 0 edits apart - but see `exactShape`;
// - the exact shape: NFC, whitespace collapsed, case kept, tags renumbered in order of appearance.
//   Only units with the query's exact shape are offered as 100%; a unit that differs from it in case
//   or in tags alone scores 99, so 100 always means "insert it as it is";
// - the index terms (match-terms.ts), which also ignore diacritics.
import { plainText } from "../segmentation/tagged-text";

const WHITESPACE = /\s+/gu;
const TAG = /(\\?)<(\/?)(\d{1,4})(\/?)>/g;

/** The text scores are computed on (see the file comment). */
export function matchText(taggedText: string): string {
  return plainText(taggedText).normalize("NFC").replace(WHITESPACE, " ").trim().toLowerCase();
}

/** The tagged text with its case, its tags renumbered 1, 2, ... in order of first appearance. */
export function exactShape(taggedText: string): string {
  const renumbered = new Map<string, number>();
  const shaped = taggedText.replace(TAG, (whole: string, escape: string, close: string, id: string, self: string) => {
    if (escape) return whole;
    let number = renumbered.get(id);
    if (number === undefined) {
      number = renumbered.size + 1;
      renumbered.set(id, number);
    }
    return `<${close}${number}${self}>`;
  });
  return shaped.normalize("NFC").replace(WHITESPACE, " ").trim();
}
