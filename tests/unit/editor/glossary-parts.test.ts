// The editor underlines glossary terms in a segment's tagged source: every character and tag of the
// source is shown exactly once, in order, and a term's underline covers exactly the term.
import { describe, expect, it } from "vitest";
import { entriesOf, glossarySourceParts, qaGlossaryOf } from "@/app/[lng]/jobs/[id]/editor/glossary-parts";
import type { InlineTag } from "@/db/json-shapes";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { findGlossaryTerms } from "@/lib/glossary/find-terms";
import type { TagToken } from "@/lib/segmentation/tagged-text";

let nextId = 0;
const entry = (term: string, translation: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id: (nextId += 1),
  term,
  translation,
  partOfSpeech: null,
  note: null,
  forbidden: [],
  caseSensitive: false,
  ...extra,
});
const link = (id: number): InlineTag => ({ id, kind: "link", paired: true, open: "[", close: "](x)", attrs: { href: "x" } });
const lineBreak = (id: number): InlineTag => ({ id, kind: "break", paired: false, open: "<br>" });

/** A token as the screen shows it: words, or the tag chip's label. */
const shown = (token: TagToken) =>
  token.type === "text" ? token.value : token.type === "open" ? `[${token.id}]` : token.type === "close" ? `[/${token.id}]` : `[${token.id}/]`;

/** Each run as text, a term's run wrapped in _underscores_ with the term it is. */
function render(text: string, tags: InlineTag[], terms: GlossaryEntry[]) {
  return glossarySourceParts(text, tags, findGlossaryTerms(text, terms, "en"))
    .map((part) => {
      const body = part.tokens.map(shown).join("");
      return part.match ? `_${body}_(${part.match.term.term})` : body;
    })
    .join("");
}

describe("glossary terms in a tagged source", () => {
  it("underlines each occurrence and keeps the text around it", () => {
    const terms = [entry("mangrove", "manglar"), entry("volunteer", "voluntario")];
    expect(render("Volunteers planted mangroves near the mangrove.", [], terms)).toBe(
      "_Volunteers_(volunteer) planted _mangroves_(mangrove) near the _mangrove_(mangrove).",
    );
  });

  it("shows a source without terms as one plain run", () => {
    const parts = glossarySourceParts("See the <1>report</1>.", [link(1)], []);
    expect(parts).toEqual([
      {
        match: null,
        tokens: [
          { type: "text", value: "See the " },
          { type: "open", id: 1 },
          { type: "text", value: "report" },
          { type: "close", id: 1 },
          { type: "text", value: "." },
        ],
      },
    ]);
  });

  it("keeps a tag inside a term whole, as a chip within the underline", () => {
    const terms = [entry("online volunteer", "voluntario en línea")];
    expect(render("An <1>online</1> volunteer helped.", [link(1)], terms)).toBe(
      "An [1]_online[/1] volunteer_(online volunteer) helped.",
    );
  });

  it("leaves a tag that only touches a term outside its underline", () => {
    const terms = [entry("report", "informe")];
    expect(render("Read the <1>report</1><2/>now.", [link(1), lineBreak(2)], terms)).toBe(
      "Read the [1]_report_(report)[/1][2/]now.",
    );
  });

  it("shows escaped placeholder text as the text it is, never as a tag", () => {
    const terms = [entry("tag", "etiqueta")];
    expect(render("Write \\<1> as a tag.", [], terms)).toBe("Write <1> as a _tag_(tag).");
  });

  it("lists each entry once, in the order the source first uses it, with what the checks need", () => {
    const mangrove = entry("mangrove", "manglar", { forbidden: ["mangle"], note: "The tree", caseSensitive: true });
    const coast = entry("coast", "costa");
    const matches = findGlossaryTerms("The coast has mangrove, mangrove and coast.", [mangrove, coast], "en");
    const entries = entriesOf(matches);
    expect(entries.map((found) => found.term)).toEqual(["coast", "mangrove"]);
    expect(qaGlossaryOf(entries)).toEqual([
      { term: "coast", translation: "costa", forbidden: [], caseSensitive: false },
      { term: "mangrove", translation: "manglar", forbidden: ["mangle"], caseSensitive: true },
    ]);
  });
});
