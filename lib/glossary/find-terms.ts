// Finds a glossary's terms in a segment's source text, for the editor's underline and side panel.
// Pure and framework-free: the browser runs it for every segment it shows.
//
// How a term matches:
// - on the text a reader sees: paired tags (<1>…</1>, emphasis, links) are invisible, so
//   "<1>art</1>isanal" is one word and "<1>online</1> volunteer" matches "online volunteer";
//   a self-closing tag (<2/>: a line break, an image, inline code) separates words, as it does on
//   the page. Offsets are returned into the TAGGED text, so the UI can underline it as stored
//   (a match may then contain tags: "online</1> volunteer");
// - whole words: the characters beside a match may not be letters, digits or marks of a script
//   written with spaces, so "art" is not found in "artisanal" and "cafe" not in "café".
//   Chinese, Japanese, Thai, Lao, Khmer and Burmese are written without spaces: a term in them
//   matches anywhere (substring), and a Latin term beside them ("UNDP的") still matches.
//   Korean attaches particles to the end of a word ("자원봉사자가"): a Korean term needs a word
//   start before it but no word end after it;
// - several words: the spaces of a term match any run of spaces (or a self-closing tag);
// - case: ignored unless the term is case-sensitive; accents always count ("resume" is not
//   "résumé"); ' and ’ are the same apostrophe;
// - English plurals and possessives, when the source language is English: "volunteer" also
//   matches "volunteers", "volunteer's", "volunteers'"; "bus" matches "buses"; "policy" matches
//   "policies". Irregular plurals ("child", "children") need a term of their own;
// - overlaps: the longest match wins ("online volunteers" over "volunteers"); of two equally long,
//   the one that starts first, then the longer term (an exact "volunteers" over "volunteer" + s).
//
// Text is compared as stored: a source in decomposed Unicode (NFD) does not match an accented
// term, which the glossary stores composed (NFC).
import type { GlossaryEntry } from "./entry";
import { fold, isEnglish, termMatcher, type TermMatcher } from "./term-pattern";

export type GlossaryMatch = {
  /** Offset in the tagged text of the match's first character. */
  start: number;
  /** Offset in the tagged text just after its last character (before a closing tag that follows it). */
  end: number;
  term: GlossaryEntry;
};

/** The placeholder tags of lib/segmentation/tagged-text.ts, with their escaped literal form (\<1>). */
const TAG_SHAPE = /\\?<(\/?)(\d{1,4})(\/?)>/g;

/** What a self-closing tag stands for in the visible text: a space, so no word runs across it. */
const SEPARATOR = " ";

/** The text a reader sees, and for each of its UTF-16 units the offset of that unit in the tagged text. */
function visibleText(tagged: string): { text: string; offsets: number[] } {
  const units: string[] = [];
  const offsets: number[] = [];
  const copy = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      units.push(tagged[index]!);
      offsets.push(index);
    }
  };
  let last = 0;
  for (const match of tagged.matchAll(TAG_SHAPE)) {
    const [whole, , , selfSlash] = match;
    copy(last, match.index);
    if (whole.startsWith("\\")) copy(match.index + 1, match.index + whole.length);
    else if (selfSlash) {
      units.push(SEPARATOR);
      offsets.push(match.index);
    }
    last = match.index + whole.length;
  }
  copy(last, tagged.length);
  return { text: units.join(""), offsets };
}

/**
 * The terms by the length and folded text of their key, so each position of a text is tried only
 * against the terms that could start there; `unkeyed` terms (starting with no letter) everywhere.
 */
type TermIndex = { byKey: Map<number, Map<string, TermMatcher[]>>; unkeyed: TermMatcher[] };

function buildIndex(terms: readonly GlossaryEntry[], english: boolean): TermIndex {
  const index: TermIndex = { byKey: new Map(), unkeyed: [] };
  for (const entry of terms) {
    const matcher = termMatcher(entry, english);
    if (!matcher) continue;
    if (matcher.key === "") {
      index.unkeyed.push(matcher);
      continue;
    }
    const sameLength = index.byKey.get(matcher.keyUnits) ?? new Map<string, TermMatcher[]>();
    index.byKey.set(matcher.keyUnits, sameLength);
    const sameKey = sameLength.get(matcher.key) ?? [];
    sameLength.set(matcher.key, sameKey);
    sameKey.push(matcher);
  }
  return index;
}

// The editor matches one job's glossary against every segment it shows: the index is built once
// per glossary array and kind of source language.
const indexes = new WeakMap<readonly GlossaryEntry[], { english: boolean; index: TermIndex }>();

function indexFor(terms: readonly GlossaryEntry[], english: boolean): TermIndex {
  const cached = indexes.get(terms);
  if (cached && cached.english === english) return cached.index;
  const index = buildIndex(terms, english);
  indexes.set(terms, { english, index });
  return index;
}

type Candidate = { start: number; end: number; term: GlossaryEntry };

/** Longest first; then earliest; then the longer term; then the case-sensitive one; then the older term. */
function preferred(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    b.term.term.length - a.term.term.length ||
    Number(b.term.caseSensitive) - Number(a.term.caseSensitive) ||
    a.term.id - b.term.id
  );
}

function candidatesIn(text: string, index: TermIndex): Candidate[] {
  const candidates: Candidate[] = [];
  const tryAt = (position: number, matcher: TermMatcher) => {
    const end = matcher.matchAt(text, position);
    if (end !== null) candidates.push({ start: position, end, term: matcher.entry });
  };
  for (let position = 0; position < text.length; position += 1) {
    for (const [units, byKey] of index.byKey) {
      const matchers = byKey.get(fold(text.slice(position, position + units)));
      if (matchers) for (const matcher of matchers) tryAt(position, matcher);
    }
    for (const matcher of index.unkeyed) tryAt(position, matcher);
  }
  return candidates;
}

/**
 * Where the glossary's terms occur in a segment's tagged source text (`language` is the source
 * language), without overlaps, in text order. Offsets are into `text` as given, tags included.
 * `terms` is indexed once per array: pass the same array for every segment, and a new array (as
 * React state is) when the glossary changes, never the old one mutated.
 */
export function findGlossaryTerms(text: string, terms: readonly GlossaryEntry[], language: string): GlossaryMatch[] {
  if (terms.length === 0 || text === "") return [];
  const visible = visibleText(text);
  const chosen: Candidate[] = [];
  for (const candidate of candidatesIn(visible.text, indexFor(terms, isEnglish(language))).sort(preferred)) {
    if (chosen.every((taken) => candidate.end <= taken.start || candidate.start >= taken.end)) chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, term }) => ({ start: visible.offsets[start]!, end: visible.offsets[end - 1]! + 1, term }));
}
