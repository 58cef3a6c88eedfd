import { FALLBACK_LANGUAGE, isUiLanguage, UI_LANGUAGES, type UiLanguage } from "./settings";

/** Accept-Language entries, best first: "es-MX,es;q=0.9,en;q=0.5" -> ["es-mx", "es", "en"]. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((entry) => entry.tag);
}

/** The UI language for a visitor: their cookie if valid, else the best Accept-Language match, else English. */
export function negotiateLanguage(cookie: string | undefined, acceptLanguage: string | null | undefined): UiLanguage {
  if (isUiLanguage(cookie)) return cookie;
  for (const tag of parseAcceptLanguage(acceptLanguage)) {
    const primary = tag.split("-")[0];
    const match = UI_LANGUAGES.find((lng) => lng === tag || lng === primary);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}
