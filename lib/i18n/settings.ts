// UI languages: the languages Tandem's own interface speaks (content languages are in lib/languages.ts).
import { textDirection } from "../languages";

export const UI_LANGUAGES = ["en", "es", "fr", "ar"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: UiLanguage = "en";

/** Remembers the reader's choice; proxy.ts reads it before Accept-Language. */
export const LANGUAGE_COOKIE = "tandem-lng";

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return value !== undefined && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function uiDirection(lng: UiLanguage): "ltr" | "rtl" {
  return textDirection(lng);
}
