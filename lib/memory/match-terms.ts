// The words a unit is indexed under and a lookup searches with. They are computed here, not by
// SQLite: the full-text table uses the plain `ascii` tokenizer over these terms joined by spaces, so
// the index and every query see exactly the same terms, whatever Unicode version SQLite was built with.
// - diacritics and case are ignored ("Bogotá" and "bogota" are one term), so concordance search
//   finds a word however it is accented;
// - scripts written without spaces (Chinese, Japanese, Thai...) have no words to split on: their
//   runs become overlapping character pairs, as full-text engines usually index them.

const COMBINING_MARKS = /\p{M}/gu;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

/** Lower case without diacritics: the form terms and concordance phrases are compared in. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase().normalize("NFC");
}

/** The terms of a text in order of appearance, repeats included (see the file comment). */
export function termSequence(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of foldText(text).matchAll(WORD_RUN)) {
    if (!UNSPACED_SCRIPT.test(run)) {
      terms.push(run);
      continue;
    }
    for (const [part] of run.matchAll(UNSPACED_RUN)) {
      if (!UNSPACED_SCRIPT.test(part)) {
        terms.push(part);
        continue;
      }
      // Code points, not UTF-16 units: rare Han characters lie outside the Basic Multilingual Plane.
      const characters = Array.from(part);
      if (characters.length === 1) terms.push(part);
      for (let index = 0; index + 1 < characters.length; index++)
        terms.push(characters[index]! + characters[index + 1]!);
    }
  }
  return terms;
}

/** The distinct terms of a text: what the index stores for it. */
export function matchTerms(text: string): string[] {
  return [...new Set(termSequence(text))];
}
