const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Words in a text as the language's own rules see them (Intl.Segmenter), so languages written
 * without spaces (Chinese, Japanese, Thai) are counted too. Inline placeholder tags are not words.
 */
export function countWords(text: string, language: string): number {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  const withoutTags = text.replace(/<\/?\d+\/?>/g, " ");
  let count = 0;
  for (const part of segmenter.segment(withoutTags)) if (part.isWordLike) count++;
  return count;
}
