// Content languages: what articles are written in and translated into (not the UI languages,
// which are in lib/i18n/settings.ts). Names are never stored: the UI asks Intl.DisplayNames for
// each language's name in the reader's language.
import { PSEUDO_LANGUAGE, pseudoize } from "./i18n/pseudo";

/** The languages Tandem offers for translation; BCP 47 codes. */
export const CONTENT_LANGUAGES = [
  "ar",
  "de",
  "en",
  "es",
  "fr",
  "hi",
  "id",
  "it",
  "ja",
  "ko",
  "pt",
  "ru",
  "sw",
  "tr",
  "uk",
  "zh",
] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isContentLanguage(value: string): value is ContentLanguage {
  return (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

// Scripts written right to left, by primary language subtag.
const RIGHT_TO_LEFT = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi"]);

export function textDirection(language: string): "ltr" | "rtl" {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}

/** The name of `language` written in `inLanguage`, e.g. ("es", "en") -> "Spanish". */
export function languageName(language: string, inLanguage: string): string {
  // Intl knows no pseudo-locale: its names are the English ones, pseudoized like every UI string.
  if (inLanguage === PSEUDO_LANGUAGE) return pseudoize(languageName(language, "en"));
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}
