import type { GoldenRule } from "./golden-rule";

/**
 * Chinese: the README lists no Golden Rules for Chinese; this is the case of the project's own Chinese
 * specification (spec/pragmatic_segmenter/languages/chinese_spec.rb).
 */
export const chineseGoldenRules: GoldenRule[] = [
  {
    rule: "spec 1. Full-width full stop, commas and enumeration comma",
    input:
      "安永已聯繫周怡安親屬，協助辦理簽證相關事宜，周怡安家屬1月1日晚間搭乘東方航空班機抵達上海，他們步入入境大廳時神情落寞、不發一語。周怡安來自台中，去年剛從元智大學畢業，同年9月加入安永。",
    expected: [
      "安永已聯繫周怡安親屬，協助辦理簽證相關事宜，周怡安家屬1月1日晚間搭乘東方航空班機抵達上海，他們步入入境大廳時神情落寞、不發一語。",
      "周怡安來自台中，去年剛從元智大學畢業，同年9月加入安永。",
    ],
  },
];
