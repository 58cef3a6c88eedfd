import type { GoldenRule } from "./golden-rule";

/** Golden Rules (Italian). */
export const italianGoldenRules: GoldenRule[] = [
  {
    rule: "1. Abbreviations",
    input: "Salve Sig.ra Mengoni! Come sta oggi?",
    expected: ["Salve Sig.ra Mengoni!", "Come sta oggi?"],
  },
  {
    rule: "2. Quotations",
    input: "Una lettera si può iniziare in questo modo «Il/la sottoscritto/a.».",
    expected: ["Una lettera si può iniziare in questo modo «Il/la sottoscritto/a.»."],
  },
  {
    rule: "3. Numbers",
    input: "La casa costa 170.500.000,00€!",
    expected: ["La casa costa 170.500.000,00€!"],
  },
];
