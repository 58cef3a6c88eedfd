import type { GoldenRule } from "./golden-rule";

/** Golden Rules (Japanese). */
export const japaneseGoldenRules: GoldenRule[] = [
  {
    rule: "1. Simple period to end sentence",
    input: "これはペンです。それはマーカーです。",
    expected: ["これはペンです。", "それはマーカーです。"],
  },
  {
    rule: "2. Question mark to end sentence",
    input: "それは何ですか？ペンですか？",
    expected: ["それは何ですか？", "ペンですか？"],
  },
  {
    rule: "3. Exclamation point to end sentence",
    input: "良かったね！すごい！",
    expected: ["良かったね！", "すごい！"],
  },
  {
    rule: "4. Quotation",
    input:
      "自民党税制調査会の幹部は、「引き下げ幅は３．２９％以上を目指すことになる」と指摘していて、今後、公明党と合意したうえで、３０日に決定する与党税制改正大綱に盛り込むことにしています。",
    expected: [
      "自民党税制調査会の幹部は、「引き下げ幅は３．２９％以上を目指すことになる」と指摘していて、今後、公明党と合意したうえで、３０日に決定する与党税制改正大綱に盛り込むことにしています。",
    ],
  },
  {
    // Deviation (contract): the README expects "これは父の家です。", which pragmatic_segmenter's cleaner
    // gets by deleting the newline. We never drop characters, and splitSentences collapses the newline
    // to one space. The errant newline is kept inside the sentence by { newlines: "space" }, the mode
    // for soft-wrapped text (a "break"-mode newline is a boundary unless a space precedes it).
    rule: "5. Errant newline in the middle of a sentence",
    input: "これは父の\n家です。",
    expected: ["これは父の 家です。"],
    options: { newlines: "space" },
  },
];
