import { languageName } from "@/lib/languages";
import type { UiLanguage } from "@/lib/i18n/settings";

/** Language names in the reader's language, joined as a list ("Spanish and French"). */
export function formatLanguageList(codes: readonly string[], lng: UiLanguage): string {
  return new Intl.ListFormat(lng, { type: "conjunction" }).format(codes.map((code) => languageName(code, lng)));
}

export function formatDate(date: Date, lng: UiLanguage): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: "medium" }).format(date);
}

export function formatDateTime(date: Date, lng: UiLanguage): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
