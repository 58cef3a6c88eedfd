// After a confirmation, the same sentence elsewhere in the article is offered the translation, but
// only where nobody has written anything yet.
import { describe, expect, it } from "vitest";
import { repetitionsOf, type RepetitionTranslation } from "@/app/[lng]/jobs/[id]/editor/repetitions";
import type { InlineTag } from "@/db/json-shapes";

const link: InlineTag = { id: 1, kind: "link", paired: true, open: "[", close: "](x)" };
const bold: InlineTag = { id: 1, kind: "bold", paired: true, open: "**", close: "**" };

const segments = [
  { id: 10, source: "Read more.", tags: [] },
  { id: 11, source: "Divers counted fish.", tags: [] },
  { id: 12, source: "Read more.", tags: [] },
  { id: 13, source: "Read more.", tags: [] },
  { id: 14, source: "read more.", tags: [] },
  { id: 15, source: "Read more. ", tags: [] },
];
const translations = (entries: [number, RepetitionTranslation][]) => new Map(entries);

describe("repetitions of a confirmed segment", () => {
  it("are the other segments with exactly the same source and no translation, in document order", () => {
    const current = translations([
      [10, { text: "Leer más.", status: "translated" }],
      [11, { text: "", status: "empty" }],
      [12, { text: "", status: "empty" }],
      [13, { text: "  ", status: "draft" }],
      [14, { text: "", status: "empty" }],
      [15, { text: "", status: "empty" }],
    ]);
    expect(repetitionsOf(10, segments, current)).toEqual([12, 13]);
  });

  it("leave alone a twin someone started, and one the reviewer approved", () => {
    const current = translations([
      [10, { text: "Leer más.", status: "translated" }],
      [12, { text: "Más información", status: "draft" }],
      [13, { text: "", status: "approved" }],
    ]);
    expect(repetitionsOf(10, segments, current)).toEqual([]);
  });

  it("need the same kind of tags: a link and bold text are different sentences", () => {
    const tagged = [
      { id: 1, source: "See <1>this</1>.", tags: [link] },
      { id: 2, source: "See <1>this</1>.", tags: [bold] },
      { id: 3, source: "See <1>this</1>.", tags: [{ ...link, attrs: { href: "https://example.org/other" } }] },
    ];
    const current = translations([
      [1, { text: "Mira <1>esto</1>.", status: "translated" }],
      [2, { text: "", status: "empty" }],
      [3, { text: "", status: "empty" }],
    ]);
    expect(repetitionsOf(1, tagged, current)).toEqual([3]);
  });

  it("are none for a segment the editor does not know", () => {
    expect(repetitionsOf(99, segments, translations([]))).toEqual([]);
  });
});
