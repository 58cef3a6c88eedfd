// A match's target is inserted into another segment: its tags must become that segment's tags.
import { describe, expect, it } from "vitest";
import type { InlineTag } from "@/db/json-shapes";
import { mapTags } from "@/lib/memory/map-tags";

const link = (id: number): InlineTag => ({
  id,
  kind: "link",
  paired: true,
  open: "[",
  close: "](https://example.org)",
});
const bold = (id: number): InlineTag => ({ id, kind: "bold", paired: true, open: "**", close: "**" });
const image = (id: number): InlineTag => ({ id, kind: "image", paired: false, open: "![map](map.png)" });

describe("mapTags", () => {
  it("renumbers the unit's tags to the segment's, in order of appearance", () => {
    expect(
      mapTags(
        "See the <1>report</1> and <2>map</2>.",
        "Vea el <1>informe</1> y el <2>mapa</2>.",
        "See the <4>report</4> and <7>map</7>.",
        [link(4), link(7)],
      ),
    ).toBe("Vea el <4>informe</4> y el <7>mapa</7>.");
  });

  it("follows the target's own order when the translation moved the tags", () => {
    expect(
      mapTags("<1>Read</1> the <2>report</2>.", "El <2>informe</2>: <1>léelo</1>.", "<3>Read</3> the <5>report</5>.", [
        bold(3),
        link(5),
      ]),
    ).toBe("El <5>informe</5>: <3>léelo</3>.");
  });

  it("matches self-closing tags with self-closing ones and paired with paired", () => {
    expect(
      mapTags("<1/>See the <2>map</2>.", "<1/>Vea el <2>mapa</2>.", "See the <1>map</1><2/>.", [link(1), image(2)]),
    ).toBe("<2/>Vea el <1>mapa</1>.");
  });

  it("drops a tag the segment does not have and keeps its text", () => {
    expect(mapTags("See the <1>report</1>.", "Vea el <1>informe</1>.", "See the report.", [])).toBe("Vea el informe.");
  });

  it("leaves escaped literal tags alone", () => {
    expect(
      mapTags("Type \\<1> or <1>this</1>.", "Escribe \\<1> o <1>esto</1>.", "Type \\<1> or <2>this</2>.", [bold(2)]),
    ).toBe("Escribe \\<1> o <2>esto</2>.");
  });
});
