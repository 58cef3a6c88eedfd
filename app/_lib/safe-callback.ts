import type { UiLanguage } from "@/lib/i18n/settings";

const PLACEHOLDER_ORIGIN = "http://tandem.invalid";

/** A post-sign-in destination from the query string, kept to this site's own paths (no open redirect). */
export function safeCallbackPath(value: string | string[] | undefined, lng: UiLanguage): string {
  const fallback = `/${lng}/dashboard`;
  // Only site-relative paths: "//host" and "/\host" are read by browsers as other hosts.
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}` : fallback;
  } catch {
    return fallback;
  }
}
