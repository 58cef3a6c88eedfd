import { message } from "../validation/message";
import { lowerCase } from "./prepare";
import type { QaCheck } from "./types";

const WORD = /[\p{L}\p{M}]+/gu;
/** Repetitions the grammar asks for: "nous nous sommes vus", "what he had had". */
const GRAMMATICAL: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["nous", "vous"]),
  en: new Set(["had", "that"]),
  de: new Set(["die", "der", "das"]),
};

/** The same word twice in a row ("la la casa"), a typing slip; numbers are not words here. */
export const repeatedWordCheck: QaCheck = {
  id: "repeated_word",
  severity: "warning",
  run: ({ targetPlain, targetBase }) => {
    const allowed = GRAMMATICAL[targetBase];
    const words = [...targetPlain.matchAll(WORD)];
    const found: string[] = [];
    words.forEach((match, index) => {
      const previous = words[index - 1];
      if (!previous) return;
      const between = targetPlain.slice(previous.index + previous[0].length, match.index);
      if (!/^\s+$/u.test(between)) return;
      const word = lowerCase(match[0], targetBase);
      if (word === lowerCase(previous[0], targetBase) && !allowed?.has(word)) found.push(match[0]);
    });
    return found.map((word) => message("qa:repeated_word.message", { word }));
  },
};
