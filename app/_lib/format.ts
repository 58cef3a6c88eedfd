import type { ServerT } from "@/lib/i18n/server";
import { languageName } from "@/lib/languages";
import { SDG_GOALS } from "@/lib/sdg";
import type { UiLanguage } from "@/lib/i18n/settings";
import { PSEUDO_LANGUAGE, pseudoize } from "@/lib/i18n/pseudo";

/** Intl knows no pseudo-locale: there it formats in English, pseudoized like every UI string. */
function inLanguage(lng: UiLanguage, format: (locale: string) => string): string {
  return lng === PSEUDO_LANGUAGE ? pseudoize(format("en")) : format(lng);
}

/** Language names in the reader's language, joined as a list ("Spanish and French"). */
export function formatLanguageList(codes: readonly string[], lng: UiLanguage): string {
  return new Intl.ListFormat(lng, { type: "conjunction" }).format(codes.map((code) => languageName(code, lng)));
}

export function formatDate(date: Date, lng: UiLanguage): string {
  return inLanguage(lng, (locale) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date));
}

export function formatDateTime(date: Date, lng: UiLanguage): string {
  return inLanguage(lng, (locale) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date),
  );
}

/** Languages as form options, named and sorted in the reader's language. */
export function languageOptions(codes: readonly string[], lng: UiLanguage): { value: string; label: string }[] {
  const collator = new Intl.Collator(lng);
  return codes
    .map((code) => ({ value: code, label: languageName(code, lng) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The Sustainable Development Goals as form options ("SDG 5: Gender equality"). */
export function sdgOptions(t: ServerT): { value: string; label: string }[] {
  return SDG_GOALS.map((goal) => ({ value: String(goal), label: t(`common:sdg.${goal}` as "common:sdg.1") }));
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The due time with its time zone, since volunteers and the server may not share one. */
export function formatDue(date: Date, lng: UiLanguage): string {
  return inLanguage(lng, (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(date),
  );
}

/** "in 7 days", "tomorrow", "in 5 hours": in days when a day or more is left, else in hours or minutes. */
export function formatRelativeTime(date: Date, now: Date, lng: UiLanguage): string {
  const left = date.getTime() - now.getTime();
  return inLanguage(lng, (locale) => {
    const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    if (Math.abs(left) >= DAY_MS) return format.format(Math.round(left / DAY_MS), "day");
    if (Math.abs(left) >= HOUR_MS) return format.format(Math.round(left / HOUR_MS), "hour");
    return format.format(Math.round(left / MINUTE_MS), "minute");
  });
}
