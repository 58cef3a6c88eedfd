import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import { articles, jobs } from "@/db/schema";
import { revisionTotals } from "../articles/revision-word-counts";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";

export type JobSummary = {
  id: number;
  articleTitle: string;
  sourceLanguage: string;
  targetLanguage: string;
  status: JobStatus;
  wordCount: number;
  dueAt: Date | null;
};

function jobSummaries(db: Db) {
  const totals = revisionTotals(db);
  return db
    .select({
      id: jobs.id,
      articleTitle: articles.title,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      status: jobs.status,
      wordCount: sql<number>`coalesce(${totals.wordCount}, 0)`,
      dueAt: jobs.dueAt,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .leftJoin(totals, eq(totals.revisionId, jobs.revisionId))
    .$dynamic();
}

/** Jobs waiting for a translator in the languages the actor translates into. */
export function listOpenJobsForActor(db: Db, actor: Actor): JobSummary[] {
  assertCan(actor, "job:list-open");
  if (actor.translateLanguages.length === 0) return [];
  return jobSummaries(db)
    .where(and(eq(jobs.status, "open"), inArray(jobs.targetLanguage, actor.translateLanguages)))
    .orderBy(asc(jobs.createdAt), asc(jobs.id))
    .all();
}

/** The actor's own unfinished jobs (claimed, in review), soonest due first. */
export function listMyActiveJobs(db: Db, actor: Actor): JobSummary[] {
  assertCan(actor, "job:list-open");
  return jobSummaries(db)
    .where(and(eq(jobs.assigneeId, actor.id), ne(jobs.status, "published")))
    .orderBy(asc(jobs.dueAt), asc(jobs.id))
    .all();
}
