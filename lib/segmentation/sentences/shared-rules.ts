// Rules every rule-based language shares. A language's profile runs them in this order:
// structuralRules, then its own rules, then abbreviationRules, then closingRules.
import type { Candidate } from "./candidate";
import { isContent, isContinuingPunctuation, isDigit, isLower, isUpper } from "./characters";
import type { SegmentationRule } from "./language-profile";

/** A list label or a run of punctuation is not a sentence: "1.", "b.", "iv.", ". . .". */
const LABEL = /^(?:\d{1,3}|\p{L}|i{1,3}|iv|vi{0,3}|ix|xi{0,3}|I{1,3}|IV|VI{0,3}|IX|XI{0,3})[.)]*$/u;
const LABEL_PREFIX = /^[\s•⁃◦▪‣*\-–—]+/u;
/** A regular word (or number) that can end a sentence glued to the next one: "world.Today", "1,000.That". */
const PLAIN_WORD = /^[\p{L}\p{N},]*[\p{Ll}\p{N}]$/u;

function sentenceIsOnlyALabel(candidate: Candidate): boolean {
  const soFar = candidate.sentenceSoFar(16);
  if (soFar === undefined) return false;
  const core = soFar.replace(LABEL_PREFIX, "");
  return ![...core].some(isContent) || LABEL.test(core);
}

/** The next dot of a spaced ellipsis follows: "the end . . . ." (marks written together never get here). */
function spacedEllipsisGoesOn({ text, position }: Candidate): boolean {
  const last = text[position - 1];
  return (
    (text[position] === " " || text[position] === "\u00a0") &&
    text[position + 1] === "." &&
    (last === "." || last === "…")
  );
}

function isDecimalSeparator({ text, cluster, position, next }: Candidate): boolean {
  return cluster.marks.length === 1 && next.glued && isDigit(text[cluster.start - 1]) && isDigit(text[position]);
}

/** Rule 52 of the Golden Rules: "Hello world.Today is Tuesday.Mr. Smith ..." */
function isGluedSentence(candidate: Candidate): boolean {
  const { text, position, next, cluster, token } = candidate;
  if (!next.glued || candidate.isUnspaced || !/^(?:\.|[!?]+)$/.test(cluster.marks)) return false;
  if (!isUpper(text[position]) || !isLower(text[position + 1])) return false;
  return token.length >= 2 && PLAIN_WORD.test(token) && candidate.abbreviation === undefined;
}

/** "z." before "B." is the first half of "z. B.", "p." before "ex." of "p. ex.". */
function startsSpacedAbbreviation({ cluster, attached, token, text, next, profile }: Candidate): boolean {
  if (cluster.kind !== "period" || !attached || token.length > 4 || text[next.wordEnd] !== ".") return false;
  return profile.abbreviations.get(`${token}.${next.word}`) !== undefined;
}

function isPronounI(word: string): boolean {
  return word.split(/['’]/)[0] === "I";
}

export const structuralRules: readonly SegmentationRule[] = [
  {
    name: "inside a URL, e-mail address, list label, brackets or quotation",
    decision: "no-break",
    when: (c) => c.isProtected,
  },
  {
    // "compounds. . . . The practice": the attached period ends the sentence; the spaced ellipsis
    // marks an omission at the start of the next one.
    name: "period before a spaced ellipsis that opens the next sentence",
    decision: "break",
    before: /[\p{L}\p{N}]\.$/u,
    after: /[ \u00a0]\.[ \u00a0]\.[ \u00a0]\.\s+(?=[^\s.…])/uy,
  },
  { name: "the next dot of a spaced ellipsis follows", decision: "no-break", when: spacedEllipsisGoesOn },
  { name: "decimal separator (3.14, ３．２９)", decision: "no-break", when: isDecimalSeparator },
  { name: "the sentence so far is only a list label or punctuation", decision: "no-break", when: sentenceIsOnlyALabel },
  { name: "no space between two sentences", decision: "break", when: isGluedSentence },
  {
    name: "text follows with no space (1.000.000, Sig.ra, куб.м., 05:01, Jr.'s)",
    decision: "no-break",
    when: (c) => c.next.glued && !c.isUnspaced,
  },
  { name: "end of the text", decision: "no-break", when: (c) => c.next.kind === "end" },
  {
    name: "a comma, semicolon, colon or dash follows: the sentence goes on",
    decision: "no-break",
    when: (c) => isContinuingPunctuation(c.next.firstCharacter),
  },
  { name: "a lowercase word follows (Yahoo! in, co. at)", decision: "no-break", when: (c) => c.next.kind === "lower" },
];

export const abbreviationRules: readonly SegmentationRule[] = [
  { name: "first half of a spaced abbreviation (z. B.)", decision: "no-break", when: startsSpacedAbbreviation },
  {
    name: "abbreviation that never ends a sentence (Mr., e.g.)",
    decision: "no-break",
    when: (c) => c.abbreviation === "never-final",
  },
  {
    name: "abbreviation before a number (p. 55)",
    decision: "no-break",
    when: (c) => c.abbreviation === "before-number" && c.next.kind === "digit",
  },
  {
    name: "abbreviation before a word that starts sentences (Co. It, U.S. How)",
    decision: "break",
    when: (c) => c.abbreviation !== undefined && c.nextIsSentenceStarter,
  },
  {
    name: "abbreviation before anything else (U.S. Government, E. Smith)",
    decision: "no-break",
    when: (c) => c.abbreviation !== undefined,
  },
];

export const closingRules: readonly SegmentationRule[] = [
  {
    // The pronoun "I" is capitalised everywhere, so after an omission it says nothing about a new
    // sentence: "the thing is . . . I didn't mean it."
    name: "ellipsis before a word that starts sentences",
    decision: "break",
    when: (c) => c.cluster.kind === "ellipsis" && c.nextIsSentenceStarter && !isPronounI(c.next.word),
  },
  { name: "ellipsis inside a sentence", decision: "no-break", when: (c) => c.cluster.kind === "ellipsis" },
  { name: "sentence end", decision: "break" },
];
