// Tandem tagged text as the content of a TMX <seg>. Placeholders become TMX inline elements with
// `x` = the tag's number (so a reader matches source and target tags, and Tandem gets the same
// numbers back) and the original markup as native code inside them - an imported unit's own codes
// (inline-codes.ts), else the segment's tag definitions when known:
//   <1>…</1> (both ends present) -> <bpt i="1" x="1">&lt;a href="…"&gt;</bpt>…<ept i="1">&lt;/a&gt;</ept>
//   <2/>                         -> <ph x="2">&lt;br&gt;</ph>
//   an end whose partner is missing (a translation being fixed) -> <it pos="begin|end" x="n">.
import type { InlineTag, InlineTagKind } from "@/db/json-shapes";
import type { CodeLookup } from "./inline-codes";
import { xmlAttribute, xmlText } from "./xml-text";

const TAG = /(\\?)<(\/?)(\d{1,4})(\/?)>/g;

/** TMX's own `type` values where one fits (TMX 1.4b, "type"); user-defined ones start with x-. */
const TMX_TYPES: Partial<Record<InlineTagKind, string>> = {
  bold: "bold",
  italic: "italic",
  link: "link",
  image: "image",
  break: "lb",
};

const typeOf = (tag: InlineTag | undefined) =>
  tag ? ` type="${xmlAttribute(TMX_TYPES[tag.kind] ?? `x-${tag.kind}`)}"` : "";

type Token = { kind: "text"; value: string } | { kind: "open" | "close" | "self"; id: number };

function tokens(taggedText: string): Token[] {
  const result: Token[] = [];
  let last = 0;
  for (const match of taggedText.matchAll(TAG)) {
    const [whole, escape, close, digits, self] = match;
    if (match.index > last) result.push({ kind: "text", value: taggedText.slice(last, match.index) });
    last = match.index + whole.length;
    if (escape) result.push({ kind: "text", value: whole.slice(1) });
    else result.push({ kind: self ? "self" : close ? "close" : "open", id: Number(digits) });
  }
  if (last < taggedText.length) result.push({ kind: "text", value: taggedText.slice(last) });
  return result;
}

const NO_CODES: CodeLookup = () => undefined;

/**
 * The <seg> content of a tagged text; `tags` are the segment's definitions, when known, and `codes`
 * the unit's own native codes for this side, which come first.
 */
export function segContent(
  taggedText: string,
  tags: ReadonlyMap<number, InlineTag>,
  codes: CodeLookup = NO_CODES,
): string {
  const parsed = tokens(taggedText);
  const opened = new Set(parsed.flatMap((token) => (token.kind === "open" ? [token.id] : [])));
  const closed = new Set(parsed.flatMap((token) => (token.kind === "close" ? [token.id] : [])));
  return parsed
    .map((token) => {
      if (token.kind === "text") return xmlText(token.value);
      const tag = tags.get(token.id);
      const id = token.id;
      const code = xmlText(codes(id, token.kind) ?? (token.kind === "close" ? tag?.close : tag?.open) ?? "");
      if (token.kind === "self") return `<ph x="${id}"${typeOf(tag)}>${code}</ph>`;
      const bothEnds = opened.has(id) && closed.has(id);
      if (token.kind === "open") {
        return bothEnds
          ? `<bpt i="${id}" x="${id}"${typeOf(tag)}>${code}</bpt>`
          : `<it pos="begin" x="${id}"${typeOf(tag)}>${code}</it>`;
      }
      return bothEnds ? `<ept i="${id}">${code}</ept>` : `<it pos="end" x="${id}"${typeOf(tag)}>${code}</it>`;
    })
    .join("");
}
