// A translation much shorter or longer than usual often has a sentence missing or pasted twice.
// "Usual" depends on the language: Spanish runs about a fifth longer than English, Chinese about a
// third as long (counted in characters).
import { message } from "../validation/message";
import { collapseWhitespace } from "./prepare";
import type { QaCheck } from "./types";

/** Length in characters of a text in the language, relative to the same text in English. */
const EXPANSION: Readonly<Record<string, number>> = {
  en: 1,
  es: 1.2,
  fr: 1.2,
  de: 1.3,
  it: 1.15,
  pt: 1.2,
  ru: 1.1,
  uk: 1.1,
  ar: 1,
  zh: 0.35,
  ja: 0.5,
  ko: 0.6,
};
/** Shorter sources vary too much ("Yes." -> "Sí, claro.") for a ratio to mean anything. */
const MIN_SOURCE_LENGTH = 20;
const LOWEST = 0.5;
const HIGHEST = 2;

const lengthOf = (text: string) => [...collapseWhitespace(text)].length;
const expansion = (language: string) => EXPANSION[language] ?? 1;

export const lengthRatioCheck: QaCheck = {
  id: "length_ratio",
  severity: "warning",
  run: ({ sourcePlain, targetPlain, sourceBase, targetBase }) => {
    const sourceLength = lengthOf(sourcePlain);
    const targetLength = lengthOf(targetPlain);
    if (sourceLength < MIN_SOURCE_LENGTH || targetLength === 0) return [];
    const expected = (sourceLength * expansion(targetBase)) / expansion(sourceBase);
    const values = { sourceLength, targetLength, expected: Math.round(expected) };
    if (targetLength < expected * LOWEST) return [message("qa:length_ratio.tooShort", values)];
    if (targetLength > expected * HIGHEST) return [message("qa:length_ratio.tooLong", values)];
    return [];
  },
};
