/** Languages written with the same sentence punctuation as a language that has rules. */
const SAME_RULES_AS: Readonly<Record<string, string>> = { cmn: "zh", yue: "zh", wuu: "zh", arb: "ar" };

/**
 * The base language of a BCP 47 tag, lowercased: "pt-BR" -> "pt", "zh-Hans" -> "zh", "EN" -> "en".
 * An underscore ("en_US", common in the wild) separates subtags too.
 */
export function baseLanguage(tag: string): string {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return SAME_RULES_AS[base] ?? base;
}
