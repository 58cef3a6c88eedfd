import { and, asc, eq, inArray, isNull, ne, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import { articles, jobs, users } from "@/db/schema";
import { revisionTotals } from "../articles/revision-word-counts";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { translatedBy } from "./review-access";

export type ReviewQueueEntry = {
  jobId: number;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  words: number;
  translatorName: string | null;
  submittedAt: Date | null;
  status: JobStatus;
};

export type ReviewQueue = {
  /** Reviews the actor holds: in review, or sent back and waiting for the translator. */
  mine: ReviewQueueEntry[];
  /** Submitted translations nobody reviews yet, in the actor's review languages, oldest first. */
  waiting: ReviewQueueEntry[];
};

/** The reviewer's queue. Jobs the actor translated never appear: nobody reviews their own work. */
export function listReviewQueue(db: Db, actor: Actor): ReviewQueue {
  assertCan(actor, "job:list-review");
  if (actor.reviewLanguages.length === 0) return { mine: [], waiting: [] };
  const totals = revisionTotals(db);
  const translator = alias(users, "translator");
  const rows = db
    .select({
      jobId: jobs.id,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      words: sql<number>`coalesce(${totals.wordCount}, 0)`,
      translatorName: translator.displayName,
      assigneeId: jobs.assigneeId,
      reviewerId: jobs.reviewerId,
      submittedAt: jobs.submittedAt,
      status: jobs.status,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .leftJoin(totals, eq(totals.revisionId, jobs.revisionId))
    .leftJoin(translator, eq(translator.id, jobs.assigneeId))
    .where(
      and(
        inArray(jobs.targetLanguage, actor.reviewLanguages),
        or(
          and(eq(jobs.status, "in_review"), isNull(jobs.reviewerId)),
          and(eq(jobs.reviewerId, actor.id), inArray(jobs.status, ["in_review", "in_progress"])),
        ),
        // Nobody reviews their own work: not as the assignee, nor as anyone who wrote part of it.
        or(isNull(jobs.assigneeId), ne(jobs.assigneeId, actor.id)),
        notExists(translatedBy(db, actor.id)),
      ),
    )
    .orderBy(asc(jobs.submittedAt), asc(jobs.id))
    .all();
  const entry = ({ assigneeId: _assignee, reviewerId: _reviewer, ...row }: (typeof rows)[number]) => row;
  return {
    mine: rows.filter((row) => row.reviewerId === actor.id).map(entry),
    waiting: rows.filter((row) => row.reviewerId === null).map(entry),
  };
}
