// Finding a glossary term's translation in a translation. Target languages inflect ("manglar",
// "manglares"), so a word is matched at a word start and may carry an ending. Languages that
// attach articles and prepositions to the word (Arabic "والمنظمة" = "and the organisation") or
// write no spaces (Chinese, Japanese) are searched as plain substrings instead. Finding the terms
// in the source is the glossary's own job (lib/glossary/find-terms.ts).
import type { GlossaryEntry } from "../glossary/entry";
import { findGlossaryTerms } from "../glossary/find-terms";
import { baseLanguage } from "../segmentation/sentences/language-tag";
import { lowerCase } from "./prepare";
import type { QaGlossaryEntry } from "./types";

const SUBSTRING_LANGUAGES = new Set(["ar", "fa", "ur", "he", "zh", "ja", "ko", "th"]);
const ARABIC_SCRIPT = new Set(["ar", "fa", "ur"]);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTERS_AT_START = /^[\p{L}\p{M}]*/u;

export type TermMatchOptions = {
  language: string;
  caseSensitive: boolean;
  /** How many letters may follow the term in the same word; Infinity for any ending. */
  maxEnding: number;
};

/**
 * Text as compared: Unicode-normalized, one space between words, lower case unless the term is
 * case-sensitive; in Arabic script also without short vowels and tatweel, with every alef as ا,
 * since those vary between writers of the same word.
 */
export function normalizeForMatch(text: string, language: string, caseSensitive: boolean): string {
  const base = baseLanguage(language);
  let normalized = text.normalize("NFC").replace(/\s+/gu, " ");
  if (ARABIC_SCRIPT.has(base))
    normalized = normalized.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآ]/g, "ا");
  return caseSensitive ? normalized : lowerCase(normalized, base);
}

/** Where `needle` occurs in `haystack` (both normalized) as a word, by the options' rules. */
export function termOccurrences(haystack: string, needle: string, options: TermMatchOptions): number[] {
  const found: number[] = [];
  if (needle.trim() === "") return found;
  const substring = SUBSTRING_LANGUAGES.has(baseLanguage(options.language));
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (substring) {
      found.push(at);
      continue;
    }
    const before = haystack[at - 1];
    const ending = haystack.slice(at + needle.length).match(LETTERS_AT_START)?.[0] ?? "";
    const afterEnding = haystack[at + needle.length + ending.length];
    const startsWord = before === undefined || !WORD_CHAR.test(before);
    // A case-sensitive acronym takes a plural ("NGOs") but is not the start of another ("UNDP").
    const endingFits = ending.length <= options.maxEnding && !(options.caseSensitive && /\p{Lu}/u.test(ending));
    const endsWord = endingFits && (afterEnding === undefined || !/\p{N}/u.test(afterEnding));
    if (startsWord && endsWord) found.push(at);
  }
  return found;
}

export function containsTerm(text: string, term: string, options: TermMatchOptions): boolean {
  const haystack = normalizeForMatch(text, options.language, options.caseSensitive);
  const needle = normalizeForMatch(term, options.language, options.caseSensitive).trim();
  return termOccurrences(haystack, needle, options).length > 0;
}

/** A forbidden word may carry a plural ending; more would match unrelated longer words. */
export const FORBIDDEN_ENDING = 2;

/**
 * The glossary entries whose term occurs in the segment's source, found as the editor underlines
 * them (lib/glossary/find-terms.ts): what QaContext.glossary expects.
 */
export function glossaryTermsIn(
  source: string,
  terms: readonly GlossaryEntry[],
  sourceLanguage: string,
): QaGlossaryEntry[] {
  const found = new Map<number, QaGlossaryEntry>();
  for (const { term: entry } of findGlossaryTerms(source, terms, sourceLanguage)) {
    const { term, translation, forbidden, caseSensitive } = entry;
    found.set(entry.id, { term, translation, forbidden, caseSensitive });
  }
  return [...found.values()];
}
