import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { glossaryTerms, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { glossaryPairSchema, listGlossaryTermsSchema } from "../validation/glossary-schemas";
import { parseInput } from "../validation/parse-input";
import { glossaryEntry, type GlossaryEntry } from "./entry";
import { searchFold } from "../text/search-fold";

/** At most this many rows on the editors' page: past it, a search narrows the list. */
export const GLOSSARY_LIST_LIMIT = 500;

export type GlossaryTermView = GlossaryEntry & { createdAt: Date; createdByName: string | null };
export type GlossaryPairSummary = { sourceLanguage: string; targetLanguage: string; terms: number };

export type GlossaryListing = {
  /** The pair's terms that match the search, in the source language's alphabetical order. */
  terms: GlossaryTermView[];
  /** Terms of the pair, whatever the search. */
  total: number;
  /** Terms matching the search; more than `terms.length` when the list was cut at the limit. */
  matching: number;
  /** Every pair that has terms, so the editor can jump to one. */
  pairs: GlossaryPairSummary[];
};

function byTerm(sourceLanguage: string) {
  const collator = new Intl.Collator(sourceLanguage);
  return (a: { term: string }, b: { term: string }) => collator.compare(a.term, b.term);
}

/** The editors' glossary page: one pair's terms, optionally narrowed by a search. */
export function listGlossaryTerms(db: Db, actor: Actor, rawInput: unknown): GlossaryListing {
  assertCan(actor, "glossary:manage");
  const input = parseInput(listGlossaryTermsSchema, rawInput);
  const rows = db
    .select({ term: glossaryTerms, createdByName: users.displayName })
    .from(glossaryTerms)
    .leftJoin(users, eq(users.id, glossaryTerms.createdById))
    .where(
      and(
        eq(glossaryTerms.sourceLanguage, input.sourceLanguage),
        eq(glossaryTerms.targetLanguage, input.targetLanguage),
      ),
    )
    .all();
  const words = input.query ? searchFold(input.query).split(/\s+/u).filter(Boolean) : [];
  const matching = rows
    .map(({ term, createdByName }) => ({ ...glossaryEntry(term), createdAt: term.createdAt, createdByName }))
    .filter((term) => {
      if (words.length === 0) return true;
      const haystack = searchFold(
        [term.term, term.translation, term.partOfSpeech ?? "", term.note ?? "", ...term.forbidden].join("\n"),
      );
      return words.every((word) => haystack.includes(word));
    })
    .sort(byTerm(input.sourceLanguage));
  const pairs = db
    .select({
      sourceLanguage: glossaryTerms.sourceLanguage,
      targetLanguage: glossaryTerms.targetLanguage,
      terms: count(),
    })
    .from(glossaryTerms)
    .groupBy(glossaryTerms.sourceLanguage, glossaryTerms.targetLanguage)
    .orderBy(glossaryTerms.sourceLanguage, glossaryTerms.targetLanguage)
    .all();
  return {
    terms: matching.slice(0, GLOSSARY_LIST_LIMIT),
    total: rows.length,
    matching: matching.length,
    pairs,
  };
}

/**
 * Whether the actor may read a pair's glossary: its editors, and everyone who works in its target
 * language, the same people the permissions table lets see that language's jobs. The glossary is
 * reference material for their translations and reviews.
 */
function canReadGlossary(actor: Actor, targetLanguage: string): boolean {
  return (
    can(actor, "glossary:manage") ||
    can(actor, "job:list-open", { language: targetLanguage }) ||
    can(actor, "job:read-review", { language: targetLanguage })
  );
}

/** A pair's whole glossary for the translation editor and the review page; others get NotFoundError. */
export function glossaryForPair(db: Db, actor: Actor, sourceLanguage: string, targetLanguage: string): GlossaryEntry[] {
  const pair = parseInput(glossaryPairSchema, { sourceLanguage, targetLanguage });
  if (!canReadGlossary(actor, pair.targetLanguage)) throw new NotFoundError("glossary");
  return db
    .select()
    .from(glossaryTerms)
    .where(
      and(eq(glossaryTerms.sourceLanguage, pair.sourceLanguage), eq(glossaryTerms.targetLanguage, pair.targetLanguage)),
    )
    .all()
    .map(glossaryEntry)
    .sort(byTerm(pair.sourceLanguage));
}
