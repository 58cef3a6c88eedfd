// A source and a target <seg> of one <tu> as Tandem tagged text ("See the <1>report</1>."), their
// tags numbered so that the same tag has the same number on both sides.
import { closeTag, escapeLiteralText, openTag, selfTag } from "../../segmentation/tagged-text";
import type { SegToken } from "./segment-content";

/** Tag numbers Tandem's tagged text can carry (tagged-text.ts reads one to four digits). */
const MAX_TAG_NUMBER = 9999;
const NUMBERED_KEY = /^x:(\d{1,4})$/;
const WHITESPACE = /\s+/gu;

function tagKeys(tokens: readonly SegToken[]): string[] {
  return tokens.flatMap((token) => (token.type === "text" ? [] : [token.key]));
}

/**
 * The number of each tag key. When every tag carries a distinct numeric x (as Tandem's own exports
 * do), the numbers are kept, so a unit comes back exactly as it left; otherwise tags are numbered
 * 1, 2, … in order of appearance in the source, then the target's own.
 */
export function tagNumbers(source: readonly SegToken[], target: readonly SegToken[]): Map<string, number> {
  const keys = [...new Set([...tagKeys(source), ...tagKeys(target)])];
  const numbers = keys.map((key) => Number(NUMBERED_KEY.exec(key)?.[1] ?? Number.NaN));
  const keepNumbers =
    numbers.every((number) => Number.isInteger(number) && number >= 1 && number <= MAX_TAG_NUMBER) &&
    new Set(numbers).size === numbers.length;
  return new Map(keys.map((key, index) => [key, keepNumbers ? numbers[index]! : index + 1]));
}

/** The tokens as tagged text: whitespace collapsed like segments', text that looks like a tag escaped. */
export function taggedText(tokens: readonly SegToken[], numbers: ReadonlyMap<string, number>): string {
  let text = "";
  for (const token of tokens) {
    if (token.type === "text") {
      text += escapeLiteralText(token.value);
      continue;
    }
    const number = numbers.get(token.key)!;
    text += token.type === "open" ? openTag(number) : token.type === "close" ? closeTag(number) : selfTag(number);
  }
  return text.replace(WHITESPACE, " ").trim().normalize("NFC");
}
