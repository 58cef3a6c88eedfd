import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import { articles, jobs, sourceRevisions, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { revisionTotals } from "./revision-word-counts";

/** What every view of an article shows about it. */
export type ArticleHeader = {
  id: number;
  slug: string;
  title: string;
  sourceLanguage: string;
  region: string | null;
  sdgGoals: number[];
};

export type ArticleOverview = ArticleHeader & {
  revisionNumber: number | null;
  segmentCount: number;
  wordCount: number;
  jobs: { id: number; targetLanguage: string; status: JobStatus; assigneeName: string | null; dueAt: Date | null }[];
};

/** Every article with the state of each of its translations: the editors' overview. */
export function listArticlesOverview(db: Db, actor: Actor): ArticleOverview[] {
  assertCan(actor, "article:manage");
  const totals = revisionTotals(db);
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      region: articles.region,
      sdgGoals: articles.sdgGoals,
      revisionNumber: sourceRevisions.number,
      segmentCount: totals.segmentCount,
      wordCount: totals.wordCount,
    })
    .from(articles)
    .leftJoin(sourceRevisions, eq(sourceRevisions.id, articles.currentRevisionId))
    .leftJoin(totals, eq(totals.revisionId, articles.currentRevisionId))
    .orderBy(asc(articles.title))
    .all();
  if (rows.length === 0) return [];
  const jobRows = db
    .select({
      id: jobs.id,
      articleId: jobs.articleId,
      targetLanguage: jobs.targetLanguage,
      status: jobs.status,
      assigneeName: users.displayName,
      dueAt: jobs.dueAt,
    })
    .from(jobs)
    .leftJoin(users, eq(users.id, jobs.assigneeId))
    .where(
      inArray(
        jobs.articleId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(jobs.targetLanguage))
    .all();
  return rows.map((row) => ({
    ...row,
    segmentCount: row.segmentCount ?? 0,
    wordCount: row.wordCount ?? 0,
    jobs: jobRows.filter((job) => job.articleId === row.id).map(({ articleId: _articleId, ...job }) => job),
  }));
}

/** How many articles there are, for the editors' dashboard. */
export function countArticles(db: Db, actor: Actor): number {
  assertCan(actor, "article:manage");
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(articles)
      .get()?.count ?? 0
  );
}
