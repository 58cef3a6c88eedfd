import { UNSPACED_TERMINATORS } from "../characters";
import { defineLanguage } from "../language-profile";

const QUOTE_PAIRS = ["「」", "『』", "“”", "‘’", '""'];

export const japanese = defineLanguage({
  language: "ja",
  unspacedTerminators: UNSPACED_TERMINATORS,
  quotePairs: QUOTE_PAIRS,
  rules: [
    {
      // 「そうだ。」と彼は言った。: the quotative particle makes the quotation part of the sentence.
      name: "closing quotation followed by a quotative particle",
      decision: "no-break",
      when: (c) => c.position > c.cluster.end,
      after: /(?:と|って)/y,
    },
  ],
});

export const chinese = defineLanguage({
  language: "zh",
  unspacedTerminators: UNSPACED_TERMINATORS,
  quotePairs: QUOTE_PAIRS,
});
