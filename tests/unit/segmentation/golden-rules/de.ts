import type { GoldenRule } from "./golden-rule";

/** Golden Rules (German). Rule 4 is in the README's newer revision (commit 8c3a6af). */
export const germanGoldenRules: GoldenRule[] = [
  {
    rule: "1. Quotation at end of sentence",
    input:
      "„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.",
    expected: [
      "„Ich habe heute keine Zeit“, sagte die Frau und flüsterte leise: „Und auch keine Lust.“",
      "Wir haben 1.000.000 Euro.",
    ],
  },
  {
    rule: "2. Abbreviations",
    input:
      "Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es sehr empfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist.",
    expected: [
      "Es gibt jedoch einige Vorsichtsmaßnahmen, die Du ergreifen kannst, z. B. ist es sehr empfehlenswert, dass Du Dein Zuhause von allem Junkfood befreist.",
    ],
  },
  {
    rule: "3. Numbers",
    input: "Was sind die Konsequenzen der Abstimmung vom 12. Juni?",
    expected: ["Was sind die Konsequenzen der Abstimmung vom 12. Juni?"],
  },
  {
    rule: "4. Cardinal numbers at end of sentence",
    input: "Die Information steht auf Seite 12. Dort kannst du nachlesen.",
    expected: ["Die Information steht auf Seite 12.", "Dort kannst du nachlesen."],
  },
];
