// How each language writes 3,000.5. A translation may use any style its language accepts: Spanish
// is written 3.000,5 in Spain and 3,000.5 in Mexico, and Arabic uses Arabic-Indic digits with
// ٬ and ٫ as well as Western digits.

export type NumberStyle = { group: string; decimal: string };

/** Spaces of every width and apostrophes group digits in every language (SI, Switzerland). */
const ANY_LANGUAGE_GROUP = " \u00A0\u202F\u2009'’";

export const POINT_DECIMAL: NumberStyle = { group: `,${ANY_LANGUAGE_GROUP}`, decimal: "." };
export const COMMA_DECIMAL: NumberStyle = { group: `.${ANY_LANGUAGE_GROUP}`, decimal: "," };
export const ARABIC_SEPARATORS: NumberStyle = { group: `\u066C,${ANY_LANGUAGE_GROUP}`, decimal: "\u066B" };

const STYLES: Readonly<Record<string, readonly NumberStyle[]>> = {
  en: [POINT_DECIMAL],
  hi: [POINT_DECIMAL],
  ja: [POINT_DECIMAL],
  ko: [POINT_DECIMAL],
  zh: [POINT_DECIMAL],
  sw: [POINT_DECIMAL],
  es: [COMMA_DECIMAL, POINT_DECIMAL],
  fr: [COMMA_DECIMAL],
  de: [COMMA_DECIMAL],
  it: [COMMA_DECIMAL],
  pt: [COMMA_DECIMAL],
  ru: [COMMA_DECIMAL],
  uk: [COMMA_DECIMAL],
  tr: [COMMA_DECIMAL],
  id: [COMMA_DECIMAL],
  ar: [ARABIC_SEPARATORS, POINT_DECIMAL, COMMA_DECIMAL],
  fa: [ARABIC_SEPARATORS, POINT_DECIMAL],
};

/** A language we know nothing about may use either common style. */
const UNKNOWN: readonly NumberStyle[] = [POINT_DECIMAL, COMMA_DECIMAL];

export function numberStyles(baseLanguage: string): readonly NumberStyle[] {
  return STYLES[baseLanguage] ?? UNKNOWN;
}

/** Every separator any style uses between digits. */
export const NUMBER_SEPARATORS = [
  ...new Set([
    ...POINT_DECIMAL.group,
    ...POINT_DECIMAL.decimal,
    ...COMMA_DECIMAL.decimal,
    ...ARABIC_SEPARATORS.group,
    ...ARABIC_SEPARATORS.decimal,
  ]),
].join("");
