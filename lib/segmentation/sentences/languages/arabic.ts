import { ARABIC_COMMA, ARABIC_QUESTION_MARK, SPACED_TERMINATORS } from "../characters";
import { defineLanguage } from "../language-profile";

export const arabic = defineLanguage({
  language: "ar",
  // Arabic prose chains clauses with the Arabic comma and introduces statements with a colon where
  // English would start new sentences (Golden Rules, Arabic 1, 4 and 5). Neither ends a sentence
  // when text follows with no space ("05:01").
  spacedTerminators: `${SPACED_TERMINATORS}${ARABIC_QUESTION_MARK}:${ARABIC_COMMA}`,
  quotePairs: ["«»", "“”", '""', "''"],
  abbreviations: {
    // د. = Dr., أ. = Prof., أ.د. = Prof. Dr.; ص. = page, ج. = volume.
    neverFinal: ["د", "أ", "أ.د"],
    beforeNumber: ["ص", "ج"],
  },
  rules: [
    {
      // "ضغط الدم، والقلب، زرعها": a single word between two commas is an item of an enumeration.
      name: "comma in an enumeration of single words",
      decision: "no-break",
      when: (c) => c.cluster.last === ARABIC_COMMA,
      after: /\s+[^\s،.!?؟:]{1,30}،/uy,
    },
  ],
});
