// A target's inline content read back from XLIFF: text and the codes that stand for Tandem's tags,
// by the id the file gives them. Whether those ids are the segment's tags is checked afterwards
// (target-text.ts).
import { message, type Message } from "../../validation/message";
import { isElement, type XmlElement } from "./xml-tree";

export type XliffToken = { type: "text"; value: string } | { type: "open" | "close" | "self"; id: string };

type Reader = (element: XmlElement, read: (children: XmlElement) => XliffToken[]) => XliffToken[] | undefined;

const code = (type: "open" | "close" | "self", id: string | undefined): XliffToken => ({ type, id: id ?? "" });

// 2.0: <pc> and <ph> as written; <sc>/<ec> are what a tool may turn a <pc> into; <mrk>, <sm>, <em>
// are annotations (a term, a comment) around text, not tags: their text counts, the markers do not.
const READERS_20 = new Map<string, Reader>(
  Object.entries({
    pc: (element, read) => [
      code("open", element.attributes.get("id")),
      ...read(element),
      code("close", element.attributes.get("id")),
    ],
    ph: (element) => [code("self", element.attributes.get("id"))],
    sc: (element) => [code("open", element.attributes.get("id"))],
    ec: (element) => [code("close", element.attributes.get("startRef") ?? element.attributes.get("id"))],
    mrk: (element, read) => read(element),
    sm: () => [],
    em: () => [],
    cp: (element) => {
      const hex = element.attributes.get("hex") ?? "";
      const point = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
      return point <= 0x10ffff ? [{ type: "text", value: String.fromCodePoint(point) }] : undefined;
    },
  } satisfies Record<string, Reader>),
);

// 1.2: <g> and <x> as written; <mrk> (also the segmentation markers of <seg-source>) is transparent.
const READERS_12 = new Map<string, Reader>(
  Object.entries({
    g: (element, read) => [
      code("open", element.attributes.get("id")),
      ...read(element),
      code("close", element.attributes.get("id")),
    ],
    x: (element) => [code("self", element.attributes.get("id"))],
    mrk: (element, read) => read(element),
  } satisfies Record<string, Reader>),
);

export type InlineReading = { tokens: XliffToken[]; problems: Message[] };

/**
 * The inline content of `target`. An element Tandem cannot map to one of its tags (1.2's <bpt> or
 * <ph>, a <cp> that is no character) is a problem naming the unit and the element: guessing which
 * tag it stands for could put a link around the wrong words.
 */
export function readInline(target: XmlElement, version: "2.0" | "1.2", unitId: string): InlineReading {
  const readers = version === "2.0" ? READERS_20 : READERS_12;
  const problems: Message[] = [];
  const read = (parent: XmlElement): XliffToken[] =>
    parent.children.flatMap((child): XliffToken[] => {
      if (!isElement(child)) return [{ type: "text", value: child }];
      // A Map, not an object: an element named "constructor" must find nothing.
      const tokens = child.uri === target.uri ? readers.get(child.name)?.(child, read) : undefined;
      if (tokens) return tokens;
      problems.push(message("xliff:refused.unsupportedCode", { unit: unitId, element: child.name }));
      return [];
    });
  return { tokens: read(target), problems };
}
