// The native code of an imported unit's tags, as the memory keeps it (tm_units.inline_codes): one
// entry per tag end and side, keyed `source:1:open`, `target:2:self`, so the export writes each
// bpt/ept/ph with the markup the file had. Source and target keep their own codes: a translation
// may format a tag differently (another link target, another language's quotation marks).
import type { SegToken } from "./segment-content";

export type InlineCodes = Record<string, string>;
export type CodeSide = "source" | "target";
export type TagEnd = "open" | "close" | "self";
/** The native code of tag `id`'s `end` on one side, when the memory has one. */
export type CodeLookup = (id: number, end: TagEnd) => string | undefined;

const codeKey = (side: CodeSide, id: number, end: TagEnd) => `${side}:${id}:${end}`;

/** The codes of a unit's two sides, numbered as its tagged text is; null when no tag had code. */
export function inlineCodesOf(
  source: readonly SegToken[],
  target: readonly SegToken[],
  numbers: ReadonlyMap<string, number>,
): InlineCodes | null {
  const codes: InlineCodes = {};
  const collect = (side: CodeSide, tokens: readonly SegToken[]) => {
    for (const token of tokens) {
      if (token.type !== "text" && token.code !== undefined) {
        codes[codeKey(side, numbers.get(token.key)!, token.type)] = token.code;
      }
    }
  };
  collect("source", source);
  collect("target", target);
  return Object.keys(codes).length > 0 ? codes : null;
}

export function codeLookup(codes: InlineCodes | null, side: CodeSide): CodeLookup {
  return (id, end) => codes?.[codeKey(side, id, end)];
}
