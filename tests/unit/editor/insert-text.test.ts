// A glossary translation goes in at the caret, over any selected words, and the caret follows it.
import { describe, expect, it } from "vitest";
import { insertText } from "@/app/[lng]/jobs/[id]/editor/insert-text";

describe("inserting a glossary translation", () => {
  it("goes in at the caret", () => {
    expect(insertText("Plantaron  jóvenes.", { start: 10, end: 10 }, "manglares")).toEqual({
      text: "Plantaron manglares jóvenes.",
      caret: 19,
    });
  });

  it("replaces the selected words", () => {
    expect(insertText("Plantaron mangles jóvenes.", { start: 10, end: 17 }, "manglares")).toEqual({
      text: "Plantaron manglares jóvenes.",
      caret: 19,
    });
  });

  it("never adds a tag: text shaped like one stays text", () => {
    expect(insertText("", { start: 0, end: 0 }, "a <1> b")).toEqual({ text: "a \\<1> b", caret: 8 });
  });
});
