const segmenters = new Map<string, Intl.Segmenter>();

// Chinese and Japanese are counted by characters, as translators and agencies count them: a "word"
// found by Intl.Segmenter there may be a phrase of several characters.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in a text as the language's own rules see them (Intl.Segmenter); Chinese and Japanese
 * characters count one each. Inline placeholder tags are not words.
 */
export function countWords(text: string, language: string): number {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  const withoutTags = text.replace(/<\/?\d+\/?>/g, " ");
  let count = 0;
  for (const part of segmenter.segment(withoutTags)) {
    if (!part.isWordLike) continue;
    const characters = part.segment.match(CJK_CHARACTER)?.length ?? 0;
    count += characters > 0 ? characters : 1;
  }
  return count;
}
