// How one glossary term is recognised in a reader's text (the rules are listed in find-terms.ts).
// Word boundaries are checked in code, not inside each term's regular expression: V8 compiles a
// Unicode property class (\p{L}) inside a case-insensitive pattern slowly, about a millisecond per
// term, and a glossary has thousands of terms. One shared pattern tests a character instead.
import type { GlossaryEntry } from "./entry";

/** A character of a word in a script written with spaces: what may not touch a whole-word match. */
const WORD_CHARACTER =
  /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])[\p{L}\p{N}\p{M}]$/u;
const HANGUL = /^\p{Script=Hangul}$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;
const APOSTROPHES = new Set(["'", "’"]);

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

export function isEnglish(language: string): boolean {
  return language.toLowerCase().split("-")[0] === "en";
}

/**
 * Case folding for the quick look-up of a term's first letters: upper then lower case brings
 * together what a case-insensitive pattern treats as one letter (σ and final ς, ſ and s, µ and μ).
 */
export const fold = (text: string) => text.toUpperCase().toLowerCase();

/** How many UTF-16 units of a term's start the quick look-up compares: enough to skip most terms. */
const KEY_UNITS = 3;

/** The whole character (code point) that ends just before `position`, or "" at the start. */
function characterBefore(text: string, position: number): string {
  if (position <= 0) return "";
  const low = text.charCodeAt(position - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && position >= 2;
  return text.slice(pair ? position - 2 : position - 1, position);
}

/** The whole character (code point) that starts at `position`, or "" at the end. */
function characterAt(text: string, position: number): string {
  const code = text.codePointAt(position);
  return code === undefined ? "" : String.fromCodePoint(code);
}

const isWordCharacter = (char: string) => char !== "" && WORD_CHARACTER.test(char);

/**
 * Where an English plural or possessive of a match ending at `end` may end, longest first:
 * -s, -es, -'s, -', -s', -s's (' or ’, any case).
 */
function pluralEnds(text: string, end: number): number[] {
  const is = (at: number, letter: string) => text[at]?.toLowerCase() === letter;
  const afterPlural = [end];
  if (is(end, "s")) afterPlural.push(end + 1);
  if (is(end, "e") && is(end + 1, "s")) afterPlural.push(end + 2);
  const ends = new Set<number>();
  for (const at of afterPlural) {
    ends.add(at);
    if (APOSTROPHES.has(text[at] ?? "")) {
      ends.add(at + 1);
      if (is(at + 1, "s")) ends.add(at + 2);
    }
  }
  return [...ends].sort((a, b) => b - a);
}

/** A term ready to be tried at any position of a text. */
export type TermMatcher = {
  entry: GlossaryEntry;
  /**
   * The term's folded first letters, which every match starts with, and their length in the
   * term's own UTF-16 units (the text is cut at that length before folding). Both empty when the
   * term starts with no letter: such a term is tried everywhere.
   */
  key: string;
  keyUnits: number;
  /** Where a match of the term starting at `position` ends, or null when there is none. */
  matchAt: (text: string, position: number) => number | null;
};

export function termMatcher(entry: GlossaryEntry, english: boolean): TermMatcher | null {
  const term = entry.term.trim().replace(/\s+/gu, " ");
  const characters = Array.from(term);
  const first = characters[0];
  const last = characters.at(-1);
  if (first === undefined || last === undefined) return null;
  let body = term
    .split(" ")
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join("\\s+");
  const plural = english && LATIN_LETTER.test(last);
  if (plural && /[^aeiou]y$/iu.test(term)) body = `${body.slice(0, -1)}(?:y|ies)`;
  // Sticky: tried at one position, never searching ahead. Compiled on first use: most terms of a
  // large glossary never get past the look-up of their first letters.
  let pattern: RegExp | undefined;
  const needsStart = isWordCharacter(first);
  const needsEnd = isWordCharacter(last) && !HANGUL.test(last);

  const matchAt = (text: string, position: number): number | null => {
    if (needsStart && isWordCharacter(characterBefore(text, position))) return null;
    pattern ??= new RegExp(body, entry.caseSensitive ? "uy" : "iuy");
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match || match[0] === "") return null;
    const end = position + match[0].length;
    const ends = plural ? pluralEnds(text, end) : [end];
    return ends.find((at) => !needsEnd || !isWordCharacter(characterAt(text, at))) ?? null;
  };
  return { entry, ...termKey(term, plural), matchAt };
}

/** The term's first letters, folded; a plural may change its last letter (policy, policies), so never that one. */
function termKey(term: string, plural: boolean): { key: string; keyUnits: number } {
  const head = /^[\p{L}\p{N}\p{M}]+/u.exec(term)?.[0] ?? "";
  const stable = plural && head === term ? head.slice(0, -Array.from(head).at(-1)!.length) : head;
  let units = Math.min(KEY_UNITS, stable.length);
  // Never half of a surrogate pair: the text side cuts at the same place.
  if (units > 0 && /[\uD800-\uDBFF]/.test(stable[units - 1]!)) units -= 1;
  return { key: fold(stable.slice(0, units)), keyUnits: units };
}
