// What counts as "the same sentence" for the memory: scores ignore case, spacing, Unicode
// composition and tags; a 100% match also needs the same case and tags; search terms also ignore
// diacritics and punctuation.
import { describe, expect, it } from "vitest";
import { matchTerms, termSequence } from "@/lib/memory/match-terms";
import { exactShape, matchText } from "@/lib/memory/normalize";

describe("matchText", () => {
  it("drops tags, collapses and trims whitespace, and lower-cases", () => {
    expect(matchText("  See the <1>Report</1>\u00a0 on\tmangroves<2/>. ")).toBe("see the report on mangroves.");
  });

  it("makes composed and decomposed accents the same text", () => {
    expect(matchText("Bogota\u0301")).toBe(matchText("Bogotá"));
  });

  it("keeps escaped literal tags as text", () => {
    expect(matchText("Type \\<1> here")).toBe("type <1> here");
  });

  it("keeps diacritics: a changed accent is a changed character in the score", () => {
    expect(matchText("Bogotá")).not.toBe(matchText("Bogota"));
  });
});

describe("exactShape", () => {
  it("treats tags numbered differently but placed alike as the same shape", () => {
    expect(exactShape("See the <3>report</3><4/>.")).toBe(exactShape("See the <1>report</1><2/>."));
  });

  it("keeps case, tags and their places", () => {
    expect(exactShape("See the report.")).not.toBe(exactShape("see the report."));
    expect(exactShape("See the <1>report</1>.")).not.toBe(exactShape("See the report."));
    expect(exactShape("<1>See</1> the report.")).not.toBe(exactShape("See the <1>report</1>."));
  });

  it("ignores spacing", () => {
    expect(exactShape(" See  the\nreport. ")).toBe(exactShape("See the report."));
  });
});

describe("matchTerms", () => {
  it("splits on anything but letters and digits, without case or diacritics, each term once", () => {
    expect(matchTerms("Bogotá's 2,500 árboles: BOGOTA, again!")).toEqual([
      "bogota",
      "s",
      "2",
      "500",
      "arboles",
      "again",
    ]);
  });

  it("splits scripts written without spaces into overlapping pairs of characters", () => {
    expect(termSequence("東京都の人口")).toEqual(["東京", "京都", "都の", "の人", "人口"]);
    expect(termSequence("UN Women 東京")).toEqual(["un", "women", "東京"]);
    expect(termSequence("水")).toEqual(["水"]);
  });
});
