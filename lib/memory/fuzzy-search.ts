// Fuzzy lookup: the units of a pair whose match text is closest to the query's, by exact
// Levenshtein score, without reading the whole memory.
//
// 1. Candidates: the query's terms are read from the word index one by one, rarest first, each
//    only within the window of lengths that could still beat the best result found so far; every
//    unit read gets the term's weight (idf). The terms too common to be worth their entries are
//    left unread once the reading budget is spent.
// 2. Rerank: the heaviest candidates are scored exactly (edit-distance.ts), skipping those whose
//    length alone rules them out. A good result narrows the window, which makes the next, commoner
//    terms cheap to read: reading and scoring alternate in rounds of growing budgets.
// docs/decisions/0009-translation-memory.md has the measurements behind the budgets.
import { CandidateTable } from "./candidate-table";
import { distancePattern } from "./edit-distance";
import { fuzzyScore, lengthWindow, maxDistanceFor } from "./match-score";
import { matchTerms } from "./match-terms";
import { matchText } from "./normalize";
import type { SearchStatements } from "./search-statements";
import { indexKeyRange, lengthOfKey, MAX_KEY_LENGTH, unitIdOfKey } from "./unit-keys";

export type FuzzyRound = {
  /** Index entries read by the end of this round, all rounds together (the main cost of a lookup). */
  postings: number;
  /** Candidates this round scores. */
  candidates: number;
};

export const DEFAULT_ROUNDS: readonly FuzzyRound[] = [
  { postings: 2_000, candidates: 30 },
  { postings: 8_000, candidates: 60 },
  { postings: 20_000, candidates: 100 },
];

export type FuzzyHit = { unitId: number; score: number; sourceText: string };

export type FuzzyQuery = {
  pairId: number;
  /** The query's match text (normalize.ts). */
  text: string;
  threshold: number;
  /** How many results are wanted: a unit scoring below the count-th best is not scored exactly. */
  count: number;
  /** Units never to return. */
  isExcluded?: (unitId: number) => boolean;
};

type Term = { text: string; units: number; weight: number };

// One table for every lookup of the process: lookups are synchronous, so they never overlap.
const candidates = new CandidateTable();

export function searchFuzzy(
  statements: SearchStatements,
  query: FuzzyQuery,
  rounds: readonly FuzzyRound[] = DEFAULT_ROUNDS,
): FuzzyHit[] {
  const n = query.text.length;
  const lengths = lengthHistogram(statements, query.pairId);
  if (lengths.total === 0 || n === 0) return [];
  const terms = queryTerms(statements, query.pairId, query.text, lengths.total);
  const pattern = distancePattern(query.text);
  const results = new Results(query.count, query.threshold);
  const scored = new Set<number>();
  candidates.clear();
  let read = 0;
  let nextTerm = 0;
  for (const round of rounds) {
    // Read the next terms while their expected entries fit in the round's budget: in a window
    // narrowed by the best result, since only a better one could change what the translator sees first.
    const [shortest, longest] = lengthWindow(Math.max(results.floor(), results.best()), n);
    const windowShare = lengths.between(shortest, longest) / lengths.total;
    const [low, high] = indexKeyRange(query.pairId, shortest, longest);
    while (nextTerm < terms.length) {
      const term = terms[nextTerm]!;
      if (read > 0 && read + term.units * windowShare > round.postings) break;
      const keys = statements.postings.all(`"${term.text}"`, low, high) as number[];
      for (const key of keys) candidates.add(unitIdOfKey(key), lengthOfKey(key), term.weight);
      read += keys.length;
      nextTerm++;
    }
    for (const unitId of heaviest(scored, round.candidates, lengthWindow(results.floor(), n))) {
      scored.add(unitId);
      if (query.isExcluded?.(unitId)) continue;
      const sourceText = statements.sourceText.get(unitId) as string | undefined;
      if (sourceText === undefined) continue;
      const text = matchText(sourceText);
      const limit = maxDistanceFor(results.floor(), n, text.length);
      const distance = pattern.distance(text, limit);
      if (distance <= limit) results.add({ unitId, score: fuzzyScore(distance, n, text.length), sourceText });
    }
  }
  return results.hits;
}

/** The query's terms that occur in the pair, rarest first, weighted by rarity (idf). */
function queryTerms(statements: SearchStatements, pairId: number, text: string, total: number): Term[] {
  const rows = statements.termCounts.all(pairId, JSON.stringify(matchTerms(text))) as [string, number][];
  return rows
    .filter(([, units]) => units > 0)
    .map(([term, units]) => ({ text: term, units, weight: Math.log(1 + total / units) }))
    .sort((a, b) => a.units - b.units);
}

/** How many units of the pair have each length, to estimate what a window of lengths holds. */
function lengthHistogram(statements: SearchStatements, pairId: number) {
  const cumulative = new Float64Array(MAX_KEY_LENGTH + 2);
  for (const [length, units] of statements.lengthCounts.all(pairId) as [number, number][]) {
    cumulative[Math.min(length, MAX_KEY_LENGTH) + 1]! += units;
  }
  for (let length = 1; length < cumulative.length; length++) cumulative[length]! += cumulative[length - 1]!;
  const clamp = (length: number) => Math.max(0, Math.min(length, MAX_KEY_LENGTH + 1));
  return {
    total: cumulative[MAX_KEY_LENGTH + 1]!,
    between: (shortest: number, longest: number) => cumulative[clamp(longest + 1)]! - cumulative[clamp(shortest)]!,
  };
}

/** The `count` heaviest unscored candidates whose length is in the window, heaviest first. */
function heaviest(scored: Set<number>, count: number, [shortest, longest]: [number, number]): number[] {
  const heap = new MinHeap(count);
  candidates.forEach((unitId, length, weight) => {
    // Lengths from MAX_KEY_LENGTH on share one key value: such a unit may be longer than it says.
    if (length < shortest || (length > longest && length < MAX_KEY_LENGTH) || scored.has(unitId)) return;
    heap.offer(unitId, weight);
  });
  return heap.heaviestFirst();
}

/** Keeps the `capacity` heaviest items offered. */
class MinHeap {
  private readonly ids: number[] = [];
  private readonly weights: number[] = [];
  constructor(private readonly capacity: number) {}

  offer(id: number, weight: number): void {
    const { ids, weights } = this;
    if (ids.length < this.capacity) {
      ids.push(id);
      weights.push(weight);
      for (let child = ids.length - 1; child > 0;) {
        const parent = (child - 1) >> 1;
        if (weights[parent]! <= weights[child]!) break;
        this.swap(parent, child);
        child = parent;
      }
      return;
    }
    if (ids.length === 0 || weight <= weights[0]!) return;
    ids[0] = id;
    weights[0] = weight;
    for (let parent = 0; ;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let lightest = parent;
      if (left < ids.length && weights[left]! < weights[lightest]!) lightest = left;
      if (right < ids.length && weights[right]! < weights[lightest]!) lightest = right;
      if (lightest === parent) return;
      this.swap(parent, lightest);
      parent = lightest;
    }
  }

  heaviestFirst(): number[] {
    return this.ids
      .map((id, index) => ({ id, weight: this.weights[index]! }))
      .sort((a, b) => b.weight - a.weight)
      .map((entry) => entry.id);
  }

  private swap(a: number, b: number): void {
    const { ids, weights } = this;
    [ids[a], ids[b]] = [ids[b]!, ids[a]!];
    [weights[a], weights[b]] = [weights[b]!, weights[a]!];
  }
}

/** The hits so far, the best score, and the score a new hit needs to be among the `count` best. */
class Results {
  readonly hits: FuzzyHit[] = [];
  private bestScore = 0;
  private scores: number[] = [];

  constructor(
    private readonly count: number,
    private readonly threshold: number,
  ) {}

  add(hit: FuzzyHit): void {
    this.hits.push(hit);
    this.bestScore = Math.max(this.bestScore, hit.score);
    this.scores.push(hit.score);
    this.scores.sort((a, b) => b - a);
    this.scores.length = Math.min(this.scores.length, this.count);
  }

  best(): number {
    return this.bestScore;
  }

  /** Ties with the count-th best still count: they are ranked later by review status and date. */
  floor(): number {
    return this.scores.length < this.count ? this.threshold : Math.max(this.threshold, this.scores[this.count - 1]!);
  }
}
