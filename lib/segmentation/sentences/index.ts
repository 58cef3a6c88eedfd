// Rule-based, per-language sentence splitter for translation segments. See language-profile.ts for
// how rules are written and languages/ for each language's rules and abbreviation lists.
import { intlBoundaries } from "./intl-fallback";
import { baseLanguage } from "./language-tag";
import { languageProfile } from "./languages";
import { ruleBasedBoundaries } from "./rule-engine";
import { spansBetween } from "./spans";
import type { SentenceSpan, SplitOptions } from "./types";

export type { SentenceSpan, SplitOptions } from "./types";

/**
 * Sentence spans in `text`: ordered, non-overlapping, each trimmed (no leading/trailing whitespace
 * inside a span), together covering every non-whitespace character of `text`; the characters
 * between spans are whitespace only. Never drops or changes characters.
 */
export function sentenceSpans(text: string, lang: string, options: SplitOptions = {}): SentenceSpan[] {
  if (text.trim() === "") return [];
  const newlines = options.newlines ?? "break";
  const profile = languageProfile(baseLanguage(lang));
  const boundaries = profile ? ruleBasedBoundaries(text, profile, newlines) : intlBoundaries(text, lang, newlines);
  return spansBetween(text, boundaries);
}

/** The sentences themselves: each span's text with internal runs of whitespace (including newlines) collapsed to one space. */
export function splitSentences(text: string, lang: string, options?: SplitOptions): string[] {
  return sentenceSpans(text, lang, options).map(({ start, end }) => text.slice(start, end).replace(/\s+/g, " "));
}
