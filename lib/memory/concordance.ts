// Concordance: the units of a pair whose source contains a word or phrase, ignoring case,
// diacritics and punctuation ("bogota" finds "Bogotá,"). The word index finds the units holding
// every term of the phrase; each is then checked for the terms side by side, in order.
// No permission check here: the route handler checks the job before calling.
import type { Db } from "@/db/client";
import type { TmConcordanceEntry } from "./match-types";
import { termSequence } from "./match-terms";
import { matchText } from "./normalize";
import { searchStatements } from "./search-statements";
import { unitDetails } from "./unit-details";
import { indexKeyRange, MAX_KEY_LENGTH, unitIdOfKey } from "./unit-keys";

export type ConcordanceQuery = { sourceLanguage: string; targetLanguage: string; phrase: string; limit?: number };

export const DEFAULT_CONCORDANCE_LIMIT = 20;
const MAX_CONCORDANCE_LIMIT = 100;
/** Units holding every term checked at most, so a phrase of very common words stays fast. */
const MAX_CHECKED = 3_000;
const PAGE = 200;

export function searchConcordance(db: Db, query: ConcordanceQuery): TmConcordanceEntry[] {
  const limit = Math.max(1, Math.min(MAX_CONCORDANCE_LIMIT, Math.floor(query.limit ?? DEFAULT_CONCORDANCE_LIMIT)));
  const statements = searchStatements(db.$client);
  const pairId = statements.pairId.get(query.sourceLanguage, query.targetLanguage) as number | undefined;
  const phrase = termSequence(query.phrase);
  if (pairId === undefined || phrase.length === 0) return [];

  const allTerms = [...new Set(phrase)].map((term) => `"${term}"`).join(" AND ");
  const [first, last] = indexKeyRange(pairId, 0, MAX_KEY_LENGTH);
  const found: number[] = [];
  let after = first - 1;
  let checked = 0;
  // Keys grow with the source's length: the shortest sources, the most to the point, come first.
  while (found.length < limit && checked < MAX_CHECKED) {
    const keys = statements.allTerms.all(allTerms, after, last, PAGE) as number[];
    for (const key of keys) {
      checked++;
      const unitId = unitIdOfKey(key);
      const sourceText = statements.sourceText.get(unitId) as string | undefined;
      if (sourceText !== undefined && containsRun(termSequence(matchText(sourceText)), phrase)) found.push(unitId);
      if (found.length === limit) break;
    }
    if (keys.length < PAGE) break;
    after = keys.at(-1)!;
  }

  const details = unitDetails(db, found);
  return found
    .flatMap((unitId) => {
      const unit = details.get(unitId);
      return unit ? [unit] : [];
    })
    .sort((a, b) => Number(b.reviewed) - Number(a.reviewed))
    .map((unit) => ({
      unitId: unit.id,
      sourceText: unit.sourceText,
      targetText: unit.targetText,
      reviewed: unit.reviewed,
      origin: unit.origin,
    }));
}

/** True when `run` occurs in `terms` as consecutive items. */
function containsRun(terms: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= terms.length; start++) {
    let index = 0;
    while (index < run.length && terms[start + index] === run[index]) index++;
    if (index === run.length) return true;
  }
  return false;
}
