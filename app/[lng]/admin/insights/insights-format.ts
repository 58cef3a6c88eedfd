// Months and durations of the community figures in the reader's language, through Intl. Months are
// UTC calendar months (lib/insights/months.ts), so they are formatted in UTC too.
import { monthStart, type MonthKey } from "@/lib/insights/months";
import { PSEUDO_LANGUAGE, pseudoize } from "@/lib/i18n/pseudo";
import type { UiLanguage } from "@/lib/i18n/settings";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Intl knows no pseudo-locale: its words are the English ones, pseudoized like every UI string. */
function inLanguage(lng: UiLanguage, format: (locale: string) => string): string {
  return lng === PSEUDO_LANGUAGE ? pseudoize(format("en")) : format(lng);
}

/** "March 2026". */
export function formatMonth(month: MonthKey, lng: UiLanguage): string {
  return inLanguage(lng, (locale) =>
    new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(monthStart(month)),
  );
}

/**
 * A month as the lines under its bar: the short month, then the year under the first month and
 * under every January, so twelve months fit side by side and the year is never lost.
 */
export function monthAxisLabel(month: MonthKey, index: number, lng: UiLanguage): string[] {
  const date = monthStart(month);
  const short = inLanguage(lng, (locale) =>
    new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(date),
  );
  if (index > 0 && date.getUTCMonth() !== 0) return [short];
  const year = inLanguage(lng, (locale) =>
    new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" }).format(date),
  );
  return [short, year];
}

/** "3.5 days", or "5 hours" under a day: a duration as long as publishing takes, to one decimal. */
export function formatDuration(ms: number, lng: UiLanguage): string {
  const [value, unit] = ms >= DAY_MS ? [ms / DAY_MS, "day"] : [ms / HOUR_MS, "hour"];
  return inLanguage(lng, (locale) =>
    new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: 1 }).format(value),
  );
}

/** Days as a plain number, for the chart's axis (its unit is in the axis label). */
export function toDays(ms: number): number {
  return Math.round((ms / DAY_MS) * 10) / 10;
}
