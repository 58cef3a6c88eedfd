// A segment's text with its inline tags, written as XLIFF inline codes. Tag ids stay Tandem's own
// numbers ("1", "2"), so a code in the target names the same tag as in the source and in Tandem.
//
// 2.0: a paired tag is <pc>, a self-closing one <ph>; the original Markdown or HTML of each is in
// the unit's <originalData> (dataRefStart/dataRefEnd/dataRef). canCopy/canDelete="no" tell a CAT
// tool that every tag must stay, once: that is what the import checks.
// 1.2: <g> and <x>, the kind in ctype and the original markup in equiv-text (the strict schema has
// no other place for it on an inline element).
import type { InlineTag, InlineTagKind } from "../../segmentation/types";
import type { TagToken } from "../../segmentation/tagged-text";
import { escapeAttribute, escapeText, REPLACEMENT_CHARACTER } from "./xml-text";

type Xliff20Type = { type: "fmt" | "link" | "image" | "other"; subType?: string };

// "xlf:" subtypes are the ones XLIFF 2.0 defines (with type fmt); the rest are Tandem's own.
const TYPES_20: Record<InlineTagKind, Xliff20Type> = {
  bold: { type: "fmt", subType: "xlf:b" },
  italic: { type: "fmt", subType: "xlf:i" },
  link: { type: "link" },
  code: { type: "other", subType: "tandem:code" },
  image: { type: "image" },
  break: { type: "fmt", subType: "xlf:lb" },
  strikethrough: { type: "fmt", subType: "tandem:strikethrough" },
  superscript: { type: "fmt", subType: "tandem:superscript" },
  subscript: { type: "fmt", subType: "tandem:subscript" },
  abbreviation: { type: "other", subType: "tandem:abbreviation" },
  other: { type: "other" },
};

// The values XLIFF 1.2 names itself; anything else is an "x-" extension.
const PAIRED_CTYPES_12: Partial<Record<InlineTagKind, string>> = { bold: "bold", italic: "italic", link: "link" };
const SINGLE_CTYPES_12: Partial<Record<InlineTagKind, string>> = { image: "image", break: "lb" };

const dataIds = (id: number) => ({ open: `o${id}`, close: `c${id}`, single: `p${id}` });

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");

/** A character XML cannot hold, as XLIFF 2.0's code point element. */
const codePoint = (character: string) =>
  `<cp hex="${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}"/>`;

export function inline20(tokens: readonly TagToken[], tags: readonly InlineTag[]): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return tokens
    .map((token) => {
      if (token.type === "text") return escapeText(token.value, codePoint);
      if (token.type === "close") return "</pc>";
      const kind = TYPES_20[byId.get(token.id)?.kind ?? "other"];
      const ids = dataIds(token.id);
      const common = { type: kind.type, subType: kind.subType, canCopy: "no", canDelete: "no" };
      return token.type === "open"
        ? `<pc${attributes({ id: String(token.id), dataRefStart: ids.open, dataRefEnd: ids.close, ...common })}>`
        : `<ph${attributes({ id: String(token.id), dataRef: ids.single, ...common })}/>`;
    })
    .join("");
}

/** The unit's <originalData>: the markup each tag stands for, or "" for a segment without tags. */
export function originalData20(tags: readonly InlineTag[], indent: string): string {
  if (tags.length === 0) return "";
  const data = (id: string, markup: string) =>
    `${indent}  <data id="${id}" xml:space="preserve">${escapeText(markup, codePoint)}</data>\n`;
  const entries = tags.flatMap((tag) => {
    const ids = dataIds(tag.id);
    return tag.paired ? [data(ids.open, tag.open), data(ids.close, tag.close ?? "")] : [data(ids.single, tag.open)];
  });
  return `${indent}<originalData>\n${entries.join("")}${indent}</originalData>\n`;
}

export function inline12(tokens: readonly TagToken[], tags: readonly InlineTag[]): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return tokens
    .map((token) => {
      if (token.type === "text") return escapeText(token.value, REPLACEMENT_CHARACTER);
      if (token.type === "close") return "</g>";
      const tag = byId.get(token.id);
      const kind = tag?.kind ?? "other";
      if (token.type === "open") {
        const ctype = PAIRED_CTYPES_12[kind] ?? `x-${kind}`;
        const equivText = tag ? `${tag.open}…${tag.close ?? ""}` : undefined;
        return `<g${attributes({ id: String(token.id), ctype, "equiv-text": equivText })}>`;
      }
      const ctype = SINGLE_CTYPES_12[kind] ?? `x-${kind}`;
      return `<x${attributes({ id: String(token.id), ctype, "equiv-text": tag?.open })}/>`;
    })
    .join("");
}
