// The organisation's glossary: a term in the source should be translated as agreed, and never with
// a translation it has ruled out. The agreed translation may take any ending ("manglar" is found in
// "manglares"); a forbidden one only a short one, so that it does not match unrelated longer words.
import { message } from "../validation/message";
import { containsTerm, FORBIDDEN_ENDING, normalizeForMatch, termOccurrences } from "./term-match";
import type { QaCheck } from "./types";

export const glossaryTermCheck: QaCheck = {
  id: "glossary_term",
  severity: "warning",
  run: ({ glossary = [], targetPlain, targetLanguage }) =>
    glossary
      .filter((entry) => entry.translation.trim() !== "")
      .filter(
        (entry) =>
          !containsTerm(targetPlain, entry.translation, {
            language: targetLanguage,
            caseSensitive: entry.caseSensitive,
            maxEnding: Infinity,
          }),
      )
      .map((entry) => message("qa:glossary_term.missing", { term: entry.term, translation: entry.translation })),
};

export const forbiddenTermCheck: QaCheck = {
  id: "forbidden_term",
  severity: "warning",
  run: ({ glossary = [], targetPlain, targetLanguage }) =>
    glossary.flatMap((entry) => {
      const normalize = (text: string) => normalizeForMatch(text, targetLanguage, entry.caseSensitive);
      const approved = normalize(entry.translation).trim();
      // "cambio" may be forbidden alone and still be part of the agreed "cambio climático".
      const text = approved === "" ? normalize(targetPlain) : normalize(targetPlain).split(approved).join("\u0000");
      const options = { language: targetLanguage, caseSensitive: entry.caseSensitive, maxEnding: FORBIDDEN_ENDING };
      return entry.forbidden
        .filter(
          (forbidden) =>
            forbidden.trim() !== "" && termOccurrences(text, normalize(forbidden).trim(), options).length > 0,
        )
        .map((forbidden) =>
          message("qa:forbidden_term.used", { term: entry.term, forbidden, translation: entry.translation }),
        );
    }),
};
