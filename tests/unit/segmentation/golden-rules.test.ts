import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/segmentation/sentences";
import { arabicGoldenRules } from "./golden-rules/ar";
import { germanGoldenRules } from "./golden-rules/de";
import { englishGoldenRules } from "./golden-rules/en";
import { spanishGoldenRules } from "./golden-rules/es";
import { frenchGoldenRules } from "./golden-rules/fr";
import type { GoldenRule } from "./golden-rules/golden-rule";
import { italianGoldenRules } from "./golden-rules/it";
import { japaneseGoldenRules } from "./golden-rules/ja";
import { russianGoldenRules } from "./golden-rules/ru";
import { chineseGoldenRules } from "./golden-rules/zh";

// pragmatic_segmenter's README has no French or Chinese Golden Rules: for those two languages the
// tables hold the cases of the project's own language specifications. split-sentences.test.ts adds ours.
const LANGUAGES: [string, GoldenRule[]][] = [
  ["en", englishGoldenRules],
  ["es", spanishGoldenRules],
  ["de", germanGoldenRules],
  ["it", italianGoldenRules],
  ["ru", russianGoldenRules],
  ["ar", arabicGoldenRules],
  ["ja", japaneseGoldenRules],
  ["fr", frenchGoldenRules],
  ["zh", chineseGoldenRules],
];

describe.each(LANGUAGES)("Golden Rules (%s)", (lang, rules) => {
  it.each(rules)("$rule", ({ input, expected, options }) => {
    expect(splitSentences(input, lang, options)).toEqual(expected);
  });
});
