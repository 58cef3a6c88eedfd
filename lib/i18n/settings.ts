// UI languages: the languages Tandem's own interface speaks (content languages are in lib/languages.ts).
import { textDirection } from "../languages";
import { PSEUDO_LANGUAGE, pseudoLocaleEnabled } from "./pseudo";

/** The languages readers are offered (switcher, negotiation, alternates). */
export const UI_LANGUAGES = ["en", "es", "fr", "ar"] as const;
export type OfferedUiLanguage = (typeof UI_LANGUAGES)[number];
/** Every language a page can render in: the offered ones and, in tests, the pseudo-locale. */
export type UiLanguage = OfferedUiLanguage | typeof PSEUDO_LANGUAGE;
export const FALLBACK_LANGUAGE: UiLanguage = "en";

/** Remembers the reader's choice; proxy.ts reads it before Accept-Language. */
export const LANGUAGE_COOKIE = "tandem-lng";

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  if (value === PSEUDO_LANGUAGE) return pseudoLocaleEnabled();
  return value !== undefined && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function uiDirection(lng: UiLanguage): "ltr" | "rtl" {
  return textDirection(lng);
}
