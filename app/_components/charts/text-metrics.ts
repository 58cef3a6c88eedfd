// How much room a label takes, estimated without a browser: the charts are drawn on the server and
// unit-tested, so labels are placed (and checked not to overlap or leave the picture) from estimates.

/** Average advance of a character as a share of the font size, on the generous side for UI fonts. */
const CHARACTER_WIDTH = 0.62;
/** Height above and below the baseline, as shares of the font size. */
const ASCENT = 0.8;
const DESCENT = 0.25;

export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHARACTER_WIDTH;
}

/** The largest font size, at most `max`, at which `text` fits in `width`. */
export function fittingFontSize(texts: readonly string[], width: number, max: number): number {
  const longest = Math.max(1, ...texts.map((text) => [...text].length));
  return Math.min(max, width / (longest * CHARACTER_WIDTH));
}

export type TextAnchorSide = "left" | "right" | "middle";

/** The box a label occupies: `x` is where its anchor side is, `y` its baseline. */
export function textBox(text: { text: string; x: number; y: number; fontSize: number; anchor: TextAnchorSide }) {
  const width = estimateTextWidth(text.text, text.fontSize);
  const left = text.anchor === "left" ? text.x : text.anchor === "right" ? text.x - width : text.x - width / 2;
  return {
    left,
    right: left + width,
    top: text.y - text.fontSize * ASCENT,
    bottom: text.y + text.fontSize * DESCENT,
  };
}
