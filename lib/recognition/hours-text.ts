import { getT } from "../i18n/server";
import type { UiLanguage } from "../i18n/settings";
import { WORDS_PER_HOUR } from "./words-per-hour";

/** "about 4.8 hours, estimated at 250 words an hour", in `lng`: the certificate, the profile and the dashboard say it alike. */
export function hoursText(hours: number, lng: UiLanguage): string {
  return getT(lng)("recognition:hours", {
    count: hours,
    hours: new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(hours),
    rate: new Intl.NumberFormat(lng).format(WORDS_PER_HOUR),
  });
}
