// Word order for mixed-direction lines. pdfkit lays text out left to right; its font engine
// (fontkit) shapes and orders the letters inside an Arabic word, but nothing orders the words of a
// right-to-left line, nor a Latin name inside an Arabic sentence (or an Arabic title inside an
// English one). This is the part of the Unicode bidirectional algorithm a certificate needs, on
// tokens (words, and the punctuation at their edges): a token with letters takes the direction of
// its first letter; a number right after a left-to-right word goes with it (UBA rule W7); any
// other token without letters takes its neighbours' direction when both agree, else the
// paragraph's (N1, N2).

export type Direction = "ltr" | "rtl";

/** A word, or punctuation split off its edges; `glued` when no space separates it from the token before. */
export type Token = { text: string; glued: boolean };

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/u;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/u;
const EDGES = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su;
const MIRRORED: Record<string, string> = {
  "(": ")",
  ")": "(",
  "[": "]",
  "]": "[",
  "{": "}",
  "}": "{",
  "«": "»",
  "»": "«",
  "‹": "›",
  "›": "‹",
  "<": ">",
  ">": "<",
};

/** A space-free word as tokens: "(Arabic," is "(", "Arabic" and ",", glued together. */
export function tokensOf(word: string): Token[] {
  const [, leading = "", core = "", trailing = ""] = EDGES.exec(word) ?? [];
  return [leading, core, trailing].filter((part) => part !== "").map((text, index) => ({ text, glued: index > 0 }));
}

/** The direction a token's first letter gives it, or null for one without letters. */
function strongDirection(text: string): Direction | null {
  for (const character of text) {
    if (RTL_LETTER.test(character)) return "rtl";
    if (LETTER.test(character)) return "ltr";
  }
  return null;
}

/** Each token's resolved direction in a line of a `paragraph`-direction paragraph. */
export function resolveDirections(tokens: readonly Token[], paragraph: Direction): Direction[] {
  const strong = tokens.map((token) => strongDirection(token.text));
  return strong.map((direction, index) => {
    if (direction) return direction;
    const before = strong.slice(0, index).findLast((other) => other !== null);
    if (before === "ltr" && DIGIT.test(tokens[index]!.text)) return "ltr";
    const after = strong.slice(index + 1).find((other) => other !== null);
    return before && before === after ? before : paragraph;
  });
}

/**
 * The indexes of a line's tokens from its left edge to its right edge. A right-to-left paragraph
 * reverses the order of its runs; within a run, right-to-left tokens are reversed and
 * left-to-right ones keep their order ("Ana López" stays in that order inside Arabic).
 */
export function leftToRight(directions: readonly Direction[], paragraph: Direction): number[] {
  const runs: { direction: Direction; indexes: number[] }[] = [];
  directions.forEach((direction, index) => {
    const last = runs.at(-1);
    if (last?.direction === direction) last.indexes.push(index);
    else runs.push({ direction, indexes: [index] });
  });
  const ordered = paragraph === "rtl" ? runs.reverse() : runs;
  return ordered.flatMap((run) => (run.direction === "rtl" ? [...run.indexes].reverse() : run.indexes));
}

/**
 * The text to hand pdfkit for one token. fontkit lays out Arabic-Indic digits right to left, as
 * if they were letters ("١٬٢٣٤" would read "٤٣٢٬١"), though numbers are written left to right in
 * Arabic too: such a token is given reversed, so fontkit's reversal puts it right. A bracket in a
 * right-to-left run is drawn mirrored, as the bidirectional algorithm asks (rule L4), since the
 * font does not do it.
 */
export function glyphRunText(text: string, direction: Direction): string {
  if (strongDirection(text) !== null) return text;
  const characters = [...text];
  const mirrored = direction === "rtl" ? characters.map((character) => MIRRORED[character] ?? character) : characters;
  return EASTERN_DIGIT.test(text) ? mirrored.reverse().join("") : mirrored.join("");
}
