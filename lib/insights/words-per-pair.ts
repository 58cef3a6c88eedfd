import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs } from "@/db/schema";
import { revisionTotals } from "../articles/revision-word-counts";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";

export type LanguagePairWords = {
  sourceLanguage: string;
  targetLanguage: string;
  /** Source words of the pair's approved and published translations (their current revision). */
  words: number;
  /** How many translations (jobs) these words come from. */
  translations: number;
};

/** Words translated per language pair: the source words of approved and published jobs, largest first. */
export function wordsPerLanguagePair(db: Db, actor: Actor): LanguagePairWords[] {
  assertCan(actor, "insights:view");
  const totals = revisionTotals(db);
  const words = sql<number>`coalesce(sum(${totals.wordCount}), 0)`;
  return db
    .select({
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      words,
      translations: sql<number>`count(*)`,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .leftJoin(totals, eq(totals.revisionId, jobs.revisionId))
    .where(inArray(jobs.status, ["approved", "published"]))
    .groupBy(articles.sourceLanguage, jobs.targetLanguage)
    .orderBy(desc(words), asc(articles.sourceLanguage), asc(jobs.targetLanguage))
    .all();
}
