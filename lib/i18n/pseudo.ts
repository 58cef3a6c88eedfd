// The pseudo-locale "qps" (a private-use language tag): English with every letter accented and every
// string wrapped in ⟦ ⟧. A page rendered in it shows at a glance, and to the crawl in
// tests/e2e/pseudo-locale.spec.ts, any text that did not come from locales/: it stays plain English.
// Only served when TANDEM_PSEUDO_LOCALE=1 (the end-to-end server sets it); never offered to readers.

export const PSEUDO_LANGUAGE = "qps";
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

const ACCENTED: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "í", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ó", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "ú", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Á", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Í", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ó", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Ú", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** What i18next and our Trans components read inside a string: kept as they are. */
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>)/;

export function pseudoize(text: string): string {
  if (text === "") return text;
  const accented = text
    .split(PLACEHOLDER)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join("");
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

/** A whole namespace bundle, strings pseudoized, keys and nesting unchanged. */
export function pseudoBundle<T>(bundle: T): T {
  if (typeof bundle === "string") return pseudoize(bundle) as T;
  if (Array.isArray(bundle)) return bundle.map((item: unknown) => pseudoBundle(item)) as T;
  if (bundle !== null && typeof bundle === "object") {
    return Object.fromEntries(Object.entries(bundle).map(([key, value]) => [key, pseudoBundle(value)])) as T;
  }
  return bundle;
}

/**
 * Read at call time, so one build serves with and without it. lib/env.ts validates the variable
 * when the server starts; this module is also bundled for the browser, so it reads it directly.
 */
export function pseudoLocaleEnabled(): boolean {
  return typeof process !== "undefined" && process.env.TANDEM_PSEUDO_LOCALE === "1";
}
