// TMX files name languages with full tags ("en-US", "ES-es", "zh-Hant-TW"); the memory keeps
// Tandem's content languages, which are primary subtags. Regional variants therefore share one
// pair: an en-GB and an en-US unit are both English.
import { isContentLanguage, type ContentLanguage } from "../../languages";

/** The content language of a TMX language tag, or null when Tandem does not translate it. */
export function contentLanguageOf(tag: string): ContentLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isContentLanguage(primary) ? primary : null;
}

/** Language tags compare without regard to case (BCP 47), and TMX writers mix "en-us" and "EN-US". */
export function sameTag(a: string, b: string): boolean {
  return a.trim().toLowerCase().replace(/_/g, "-") === b.trim().toLowerCase().replace(/_/g, "-");
}
