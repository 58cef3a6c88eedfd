// The matches the editor shows for the active segment: exact ones from the hash of the match text
// (101 when the neighbouring sentences are the same too), otherwise fuzzy ones (fuzzy-search.ts).
// No permission check here: the route handler checks the job before calling.
import type { Db } from "@/db/client";
import type { InlineTag } from "@/db/json-shapes";
import { searchFuzzy, type FuzzyHit } from "./fuzzy-search";
import { mapTags } from "./map-tags";
import type { TmMatch } from "./match-types";
import { exactShape, matchText } from "./normalize";
import { searchStatements } from "./search-statements";
import { unitDetails } from "./unit-details";
import { contextHash, textHash } from "./unit-keys";

export type { TmMatch } from "./match-types";

export type MatchQuery = {
  sourceLanguage: string;
  targetLanguage: string;
  /** The segment's source, tagged text. */
  text: string;
  /** The segment's tags: the matches' targets are renumbered to them. */
  tags: InlineTag[];
  /** The sentences before and after the segment (null at the start or end of the article). */
  previousText?: string | null;
  nextText?: string | null;
  /** The segment's own translation, which must not be offered as its own match. */
  excludeTranslationId?: number;
  limit?: number;
  threshold?: number;
};

export const DEFAULT_MATCH_LIMIT = 5;
export const DEFAULT_MATCH_THRESHOLD = 50;
const MAX_MATCH_LIMIT = 20;

export const CONTEXT_MATCH = 101;
export const EXACT_MATCH = 100;

export function lookupMatches(db: Db, query: MatchQuery): TmMatch[] {
  const limit = Math.max(1, Math.min(MAX_MATCH_LIMIT, Math.floor(query.limit ?? DEFAULT_MATCH_LIMIT)));
  const threshold = Math.max(1, Math.min(EXACT_MATCH, Math.floor(query.threshold ?? DEFAULT_MATCH_THRESHOLD)));
  const statements = searchStatements(db.$client);
  const pairId = statements.pairId.get(query.sourceLanguage, query.targetLanguage) as number | undefined;
  const text = matchText(query.text);
  if (pairId === undefined || text === "") return [];
  const excludedUnit =
    query.excludeTranslationId === undefined
      ? undefined
      : (statements.unitOfTranslation.get(query.excludeTranslationId) as number | undefined);

  const hits = exactHits(statements.sameSource.all(pairId, textHash(text)) as [number, string, string | null][], {
    text,
    shape: exactShape(query.text),
    context: queryContext(query),
    excludedUnit,
  });
  // An exact match is what the translator needs; fuzzy ones would only push it down the list.
  if (!hits.some((hit) => hit.score >= EXACT_MATCH)) {
    const exactIds = new Set(hits.map((hit) => hit.unitId));
    const fuzzy = searchFuzzy(statements, {
      pairId,
      text,
      threshold,
      // Room for units that will be shown as one (same source and target).
      count: limit * 2,
      isExcluded: (unitId) => unitId === excludedUnit || exactIds.has(unitId),
    });
    hits.push(...fuzzy);
  }
  return rankMatches(
    db,
    hits.filter((hit) => hit.score >= threshold),
    limit,
    query,
  );
}

function queryContext(query: MatchQuery): string | undefined {
  if (query.previousText === undefined && query.nextText === undefined) return undefined;
  return contextHash(matchText(query.previousText ?? ""), matchText(query.nextText ?? ""));
}

/**
 * Units with the query's match text: 100 when they also have its exact shape (case and tags),
 * 101 when their neighbours are the same too, 99 when only case or tags differ.
 */
function exactHits(
  rows: [number, string, string | null][],
  query: { text: string; shape: string; context: string | undefined; excludedUnit: number | undefined },
): FuzzyHit[] {
  const hits: FuzzyHit[] = [];
  for (const [unitId, sourceText, unitContext] of rows) {
    if (unitId === query.excludedUnit || matchText(sourceText) !== query.text) continue;
    let score = exactShape(sourceText) === query.shape ? EXACT_MATCH : EXACT_MATCH - 1;
    if (score === EXACT_MATCH && query.context !== undefined && unitContext === query.context) score = CONTEXT_MATCH;
    hits.push({ unitId, score, sourceText });
  }
  return hits;
}

/**
 * Best first: score, then reviewed before not yet reviewed, then the most recent. Units with the
 * same source and target are one match (the best ranked of them).
 */
function rankMatches(db: Db, hits: FuzzyHit[], limit: number, query: MatchQuery): TmMatch[] {
  const details = unitDetails(
    db,
    hits.map((hit) => hit.unitId),
  );
  const ranked = hits
    .flatMap((hit) => {
      const unit = details.get(hit.unitId);
      return unit ? [{ hit, unit }] : [];
    })
    .sort(
      (a, b) =>
        b.hit.score - a.hit.score ||
        Number(b.unit.reviewed) - Number(a.unit.reviewed) ||
        b.unit.origin.date.getTime() - a.unit.origin.date.getTime() ||
        b.unit.id - a.unit.id,
    );
  const shown = new Set<string>();
  const matches: TmMatch[] = [];
  for (const { hit, unit } of ranked) {
    const key = `${exactShape(unit.sourceText)}\u0000${unit.targetText}`;
    if (shown.has(key)) continue;
    shown.add(key);
    matches.push({
      unitId: unit.id,
      score: hit.score,
      sourceText: unit.sourceText,
      targetText: mapTags(unit.sourceText, unit.targetText, query.text, query.tags),
      reviewed: unit.reviewed,
      origin: unit.origin,
    });
    if (matches.length === limit) break;
  }
  return matches;
}
