import type { GoldenRule } from "./golden-rule";

/** Golden Rules (Russian). */
export const russianGoldenRules: GoldenRule[] = [
  {
    rule: "1. Abbreviations",
    input: "Объем составляет 5 куб.м.",
    expected: ["Объем составляет 5 куб.м."],
  },
  {
    rule: "2. Quotations",
    input: "Маленькая девочка бежала и кричала: «Не видали маму?».",
    expected: ["Маленькая девочка бежала и кричала: «Не видали маму?»."],
  },
  {
    rule: "3. Numbers",
    input: "Сегодня 27.10.14",
    expected: ["Сегодня 27.10.14"],
  },
];
