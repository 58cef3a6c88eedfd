// Parentheticals and quotations stay inside one segment, as a translator wants them, even when they
// hold sentences of their own: "He teaches science (He worked as an engineer.) at the University."
// Pairs are matched with a stack in one pass. Which marks pair up depends on the language ("“" opens
// in English and closes in German), so each language lists its quotation marks.
import { isDigit, isLetter, isNewline, isOpener, isWhitespace } from "./characters";
import type { ProtectedRange } from "./ranges";

const BRACKETS = [
  "()",
  "[]",
  "{}",
  "（）",
  "［］",
  "｛｝",
  "【】",
  "〔〕",
  "〈〉",
  "《》",
  "「」",
  "『』",
  "〖〗",
  "⟨⟩",
];
/** Quotation marks that are the same character at both ends, so their role depends on the context. */
const SYMMETRIC = new Set(['"', "'"]);
/**
 * An opener without its closer must not swallow the rest of the text, nor one stray mark pair up
 * with another far away: pairs longer than this protect nothing. Single quotes double as
 * apostrophes ("the students' books"), so their pairs are trusted over a shorter reach.
 */
const MAX_PAIR_LENGTH = 1000;
const MAX_SINGLE_QUOTE_PAIR_LENGTH = 300;
/** How far down the stack a closer looks for its opener, skipping openers that were never closed. */
const MAX_SKIPPED_OPENERS = 3;
const MAX_STACK = 64;

export type PairTable = {
  /** Closing mark -> the opening marks it can close. */
  closes: ReadonlyMap<string, string>;
  opens: ReadonlySet<string>;
};

/** Builds the table from two-character strings, opener then closer: ["“”", "„“", ...]. */
export function pairTable(quotePairs: readonly string[]): PairTable {
  const closes = new Map<string, string>();
  const opens = new Set<string>();
  for (const pair of [...BRACKETS, ...quotePairs]) {
    const [opener, closer] = [...pair] as [string, string];
    opens.add(opener);
    closes.set(closer, (closes.get(closer) ?? "") + opener);
  }
  return { closes, opens };
}

function isWordish(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

/** A symmetric quote or apostrophe closes when it follows text and is not inside a word ("don't"). */
function canClose(text: string, i: number, ch: string): boolean {
  if (!SYMMETRIC.has(ch) && ch !== "’") return true;
  return i > 0 && !isWhitespace(text[i - 1]) && !isWordish(text[i + 1]);
}

/** A symmetric quote opens when it starts a word: after whitespace, an opener or a dash. */
function canOpen(text: string, i: number, ch: string): boolean {
  if (!SYMMETRIC.has(ch)) return true;
  const before = text[i - 1];
  const startsWord =
    before === undefined || isWhitespace(before) || isOpener(before) || before === "—" || before === "–";
  return startsWord && text[i + 1] !== undefined && !isWhitespace(text[i + 1]);
}

/**
 * Ranges strictly inside matched brackets and quotations (a boundary just before the closer is
 * inside; just after it is not). With `pairsSpanLines` false, a newline closes every open mark.
 */
export function pairedRanges(text: string, table: PairTable, pairsSpanLines: boolean): ProtectedRange[] {
  const ranges: ProtectedRange[] = [];
  const stack: { mark: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!pairsSpanLines && isNewline(ch)) {
      stack.length = 0;
      continue;
    }
    const openers = table.closes.get(ch);
    if (openers !== undefined && canClose(text, i, ch)) {
      const depth = findOpener(stack, openers);
      if (depth !== -1) {
        const open = stack[depth]!;
        stack.length = depth;
        const limit = ch === "'" || ch === "’" ? MAX_SINGLE_QUOTE_PAIR_LENGTH : MAX_PAIR_LENGTH;
        if (i - open.index <= limit) ranges.push({ after: open.index, before: i + 1 });
        continue;
      }
    }
    if (table.opens.has(ch) && canOpen(text, i, ch)) {
      if (stack.length === MAX_STACK) stack.shift();
      stack.push({ mark: ch, index: i });
    }
  }
  return ranges;
}

function findOpener(stack: readonly { mark: string }[], openers: string): number {
  for (let depth = stack.length - 1; depth >= 0 && stack.length - 1 - depth <= MAX_SKIPPED_OPENERS; depth--) {
    if (openers.includes(stack[depth]!.mark)) return depth;
  }
  return -1;
}
