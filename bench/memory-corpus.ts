// A seeded generator of news-like sentence pairs for the translation memory benchmark. Not real
// prose, but with the statistics that decide how hard a fuzzy lookup is:
// - a Zipf-distributed shared vocabulary (real English function words at the top, invented content
//   words below, longer as they get rarer), so unrelated sentences share "the", "of", "and";
// - proper names (often two or three in a row) and numbers (years, counts, percentages, amounts);
// - sentence lengths of about 17 words on average, from 4 to 60, with commas and a few questions;
// - near-duplicates: existing sentences with words substituted, inserted, deleted or swapped,
//   numbers changed and punctuation touched, as revised articles and recurring phrasings produce.

/** sfc32: small, fast and good enough; the same seed always gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed * 31);
  let c = 0xb7e15162;
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

const FUNCTION_WORDS = (
  "the of and to in a is that for on with as was by at from it are be this have has an were their which " +
  "not but more said its will been they also who other than about can would one all new after up into " +
  "over two some such these people out there we he she year years his her our many most first said when " +
  "between through during under more where while only how so because both each those women men community " +
  "government country work support local national its access health said programme project data"
).split(" ");

const ONSETS = [
  "b",
  "c",
  "d",
  "f",
  "g",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "w",
  "z",
  "br",
  "cr",
  "dr",
  "fr",
  "gr",
  "pr",
  "tr",
  "st",
  "sp",
  "ch",
  "sh",
  "th",
  "pl",
  "cl",
  "bl",
  "fl",
];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "io", "ea", "ou", "ai", "y"];
const CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "ng", "ck", "rs", "ts"];
const SUFFIXES = ["", "", "", "", "", "", "s", "s", "ed", "ing", "tion", "ment", "al", "ly", "er", "ity"];

function inventedWord(random: () => number, syllables: number): string {
  let word = "";
  for (let i = 0; i < syllables; i++) {
    word += ONSETS[Math.floor(random() * ONSETS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]!;
    if (random() < 0.4) word += CODAS[Math.floor(random() * CODAS.length)]!;
  }
  return word + SUFFIXES[Math.floor(random() * SUFFIXES.length)]!;
}

/** Cumulative Zipf weights 1/rank^s, for sampling a rank by binary search. */
function zipfTable(size: number, exponent: number): Float64Array {
  const table = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) table[rank] = total += 1 / Math.pow(rank + 1, exponent);
  for (let rank = 0; rank < size; rank++) table[rank]! /= total;
  return table;
}

function sampleRank(table: Float64Array, random: () => number): number {
  const target = random();
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (table[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

export type Corpus = {
  /** A fresh sentence (tokens: words, names, numbers and punctuation marks). */
  sentence(): string[];
  /** A copy of `tokens` with 1..`maxEdits` edits. */
  mutate(tokens: readonly string[], maxEdits: number): string[];
  /** The "translation" of a sentence: a deterministic word-by-word stand-in of a similar length. */
  translate(tokens: readonly string[]): string;
  random: () => number;
};

const VOCABULARY_SIZE = 40_000;
const NAME_COUNT = 8_000;

export function createCorpus(seed: number): Corpus {
  const random = seededRandom(seed);
  const vocabulary: string[] = [...new Set(FUNCTION_WORDS)];
  const seen = new Set(vocabulary);
  while (vocabulary.length < VOCABULARY_SIZE) {
    // Rarer words are longer, as in real text.
    const syllables = 1 + Math.floor(random() * 1.5 + (vocabulary.length / VOCABULARY_SIZE) * 1.2 * random());
    const word = inventedWord(random, syllables);
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    vocabulary.push(word);
  }
  const names: string[] = [];
  while (names.length < NAME_COUNT) {
    const name = inventedWord(random, 1 + Math.floor(random() * 2.5));
    names.push(name[0]!.toUpperCase() + name.slice(1));
  }
  const words = zipfTable(VOCABULARY_SIZE, 1.0);
  const nameRanks = zipfTable(NAME_COUNT, 0.9);
  const word = () => vocabulary[sampleRank(words, random)]!;
  const name = () => names[sampleRank(nameRanks, random)]!;

  function number(): string {
    const kind = random();
    if (kind < 0.3) return String(1990 + Math.floor(random() * 40));
    if (kind < 0.55) return String(1 + Math.floor(random() * 500));
    if (kind < 0.75) return `${Math.floor(random() * 100)}%`;
    if (kind < 0.9) return `${1 + Math.floor(random() * 99)},${String(Math.floor(random() * 1000)).padStart(3, "0")}`;
    return `US$${1 + Math.floor(random() * 20)}.${Math.floor(random() * 10)} million`;
  }

  /** Lengths ~ lognormal(ln 16, 0.5): mean about 18 words, clamped to 4..60. */
  function sentenceLength(): number {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(4, Math.min(60, Math.round(Math.exp(Math.log(16) + 0.5 * gaussian))));
  }

  function token(): string[] {
    const kind = random();
    if (kind < 0.05) {
      const run = random() < 0.6 ? 1 : random() < 0.7 ? 2 : 3;
      return Array.from({ length: run }, name);
    }
    if (kind < 0.08) return [number()];
    return [word()];
  }

  function sentence(): string[] {
    const length = sentenceLength();
    const tokens: string[] = [];
    while (tokens.length < length) {
      tokens.push(...token());
      if (random() < 0.07 && tokens.length < length - 2) tokens.push(",");
    }
    tokens[0] = tokens[0]![0]!.toUpperCase() + tokens[0]!.slice(1);
    const end = random();
    tokens.push(end < 0.93 ? "." : end < 0.97 ? "?" : ":");
    return tokens;
  }

  function mutate(source: readonly string[], maxEdits: number): string[] {
    const tokens = [...source];
    const edits = 1 + Math.floor(random() * maxEdits);
    const wordPositions = () =>
      tokens.map((value, index) => (/^[\p{L}\p{N}]/u.test(value) ? index : -1)).filter((index) => index >= 0);
    for (let edit = 0; edit < edits; edit++) {
      const positions = wordPositions();
      const at = positions[Math.floor(random() * positions.length)] ?? 0;
      const kind = random();
      if (kind < 0.35) tokens[at] = word();
      else if (kind < 0.55) tokens.splice(at, 0, ...token());
      else if (kind < 0.7 && positions.length > 4) tokens.splice(at, 1);
      else if (kind < 0.8) {
        const numbers = positions.filter((index) => /^\d/.test(tokens[index]!));
        const target = numbers[Math.floor(random() * numbers.length)];
        if (target === undefined) tokens.splice(at, 0, number());
        else tokens[target] = number();
      } else if (kind < 0.9) {
        if (tokens[at + 1] === ",") tokens.splice(at + 1, 1);
        else tokens.splice(at + 1, 0, ",");
      } else if (at + 1 < tokens.length - 1 && tokens[at + 1] !== ",") {
        [tokens[at], tokens[at + 1]] = [tokens[at + 1]!, tokens[at]!];
      } else tokens[at] = name();
    }
    return tokens;
  }

  /** Each source word always gets the same made-up target word: repeated sources get repeated targets. */
  const targetWords = new Map<string, string>();
  function targetWord(value: string): string {
    let target = targetWords.get(value);
    if (target === undefined) {
      let hash = 2166136261;
      for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 16777619);
      target = inventedWord(seededRandom(hash), 1 + Math.floor(value.length / 4));
      targetWords.set(value, target);
    }
    return target;
  }
  function translate(tokens: readonly string[]): string {
    return joinTokens(tokens.map((value) => (/^[\p{L}]/u.test(value) ? targetWord(value) : value)));
  }

  return { sentence, mutate, translate, random };
}

/** Tokens back to text: punctuation sticks to the word before it. */
export function joinTokens(tokens: readonly string[]): string {
  let text = "";
  for (const value of tokens) text += /^[,.?:]$/.test(value) || text === "" ? value : ` ${value}`;
  return text;
}
