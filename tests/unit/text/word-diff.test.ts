// The word diff an outdated segment shows: what changed in the source, word by word, in any script.
import { describe, expect, it } from "vitest";
import { WORD_DIFF_MAX_TOKENS, wordDiff, type DiffPart } from "@/lib/text/word-diff";

const textOf = (parts: DiffPart[], keep: DiffPart["kind"]) =>
  parts
    .filter((part) => part.kind === "same" || part.kind === keep)
    .map((part) => part.text)
    .join("");

describe("wordDiff", () => {
  it("shows a changed English word as one removal and one addition", () => {
    expect(wordDiff("The cat sat on the mat.", "The dog sat on the mat.", "en")).toEqual([
      { kind: "same", text: "The " },
      { kind: "removed", text: "cat" },
      { kind: "added", text: "dog" },
      { kind: "same", text: " sat on the mat." },
    ]);
  });

  it("shows an inserted word, with its space, as one addition", () => {
    expect(wordDiff("They planted seedlings.", "They planted 300 seedlings.", "en")).toEqual([
      { kind: "same", text: "They planted " },
      { kind: "added", text: "300 " },
      { kind: "same", text: "seedlings." },
    ]);
  });

  it("shows a deleted word as one removal", () => {
    expect(wordDiff("Volunteers met in Suva today.", "Volunteers met in Suva.", "en")).toEqual([
      { kind: "same", text: "Volunteers met in Suva" },
      { kind: "removed", text: " today" },
      { kind: "same", text: "." },
    ]);
  });

  it("treats punctuation as its own token", () => {
    expect(wordDiff("The mayor thanked them.", "The mayor thanked them!", "en")).toEqual([
      { kind: "same", text: "The mayor thanked them" },
      { kind: "removed", text: "." },
      { kind: "added", text: "!" },
    ]);
    expect(wordDiff("Hello world", "Hello, world", "en")).toEqual([
      { kind: "same", text: "Hello" },
      { kind: "added", text: "," },
      { kind: "same", text: " world" },
    ]);
  });

  it("keeps accented Spanish words whole", () => {
    expect(wordDiff("¿Qué tal? El niño está aquí.", "¿Qué tal? La niña está allí.", "es")).toEqual([
      { kind: "same", text: "¿Qué tal? " },
      { kind: "removed", text: "El niño" },
      { kind: "added", text: "La niña" },
      { kind: "same", text: " está " },
      { kind: "removed", text: "aquí" },
      { kind: "added", text: "allí" },
      { kind: "same", text: "." },
    ]);
  });

  it("finds word boundaries in Chinese, which has no spaces", () => {
    const parts = wordDiff("我喜欢吃苹果。", "我喜欢吃香蕉。", "zh");
    expect(parts).toEqual([
      { kind: "same", text: "我喜欢吃" },
      { kind: "removed", text: "苹果" },
      { kind: "added", text: "香蕉" },
      { kind: "same", text: "。" },
    ]);
  });

  it("folds a space between two changed words into one replacement", () => {
    expect(wordDiff("the big red dog", "the small blue dog", "en")).toEqual([
      { kind: "same", text: "the " },
      { kind: "removed", text: "big red" },
      { kind: "added", text: "small blue" },
      { kind: "same", text: " dog" },
    ]);
  });

  it("does not show whitespace-only changes", () => {
    expect(wordDiff("See  the\nreport.", "See the report.", "en")).toEqual([{ kind: "same", text: "See the report." }]);
    expect(wordDiff("Hello world", "Hello world ", "en")).toEqual([{ kind: "same", text: "Hello world " }]);
  });

  it("keeps a placeholder tag as one token", () => {
    expect(wordDiff("See the <1>report</1>.", "See <1>the report</1>.", "en")).toEqual([
      { kind: "same", text: "See " },
      { kind: "added", text: "<1>" },
      { kind: "same", text: "the " },
      { kind: "removed", text: "<1>" },
      { kind: "same", text: "report</1>." },
    ]);
  });

  it("gives one unchanged part for identical text", () => {
    expect(wordDiff("Nothing changed here.", "Nothing changed here.", "en")).toEqual([
      { kind: "same", text: "Nothing changed here." },
    ]);
  });

  it("handles an empty side", () => {
    expect(wordDiff("", "A new sentence.", "en")).toEqual([{ kind: "added", text: "A new sentence." }]);
    expect(wordDiff("An old sentence.", "", "en")).toEqual([{ kind: "removed", text: "An old sentence." }]);
    expect(wordDiff("", "", "en")).toEqual([]);
  });

  it("rebuilds the new text from the unchanged and added parts", () => {
    const before = "Volunteers met in Suva. They planted 300 seedlings near the river.";
    const after = "Forty volunteers met in Lautoka; they planted 3,000 seedlings by the river!";
    const parts = wordDiff(before, after, "en");
    expect(textOf(parts, "added")).toBe(after);
    expect(textOf(parts, "removed")).toBe(before);
  });

  it("falls back to one removal and one addition for huge texts", () => {
    const before = "word ".repeat(WORD_DIFF_MAX_TOKENS);
    const after = `${before}more`;
    expect(wordDiff(before, after, "en")).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  });

  it("survives a malformed language tag", () => {
    expect(wordDiff("a b", "a c", "not a language!")).toEqual([
      { kind: "same", text: "a " },
      { kind: "removed", text: "b" },
      { kind: "added", text: "c" },
    ]);
  });
});
