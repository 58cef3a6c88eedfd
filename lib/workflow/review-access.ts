// Who may review a job: a reviewer of its language who did not translate any of it. Everyone else
// gets 404 from the review pages and use-cases, so a translator cannot even open their own review.
import { and, eq, exists, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  jobs,
  reviews,
  segmentTranslationHistory,
  segmentTranslations,
  users,
  type Job,
  type Review,
} from "@/db/schema";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { ForbiddenError, NotFoundError, WorkflowError } from "../errors";
import { message } from "../validation/message";

/**
 * History rows of the outer query's job written by the user as a draft or a confirmed text: the
 * subquery behind "did this person translate part of the job" (one query for a whole queue).
 */
export function translatedBy(db: Db | Tx, userId: number) {
  return db
    .select({ one: sql<number>`1` })
    .from(segmentTranslationHistory)
    .innerJoin(segmentTranslations, eq(segmentTranslations.id, segmentTranslationHistory.translationId))
    .where(
      and(
        eq(segmentTranslations.jobId, jobs.id),
        eq(segmentTranslationHistory.authorId, userId),
        inArray(segmentTranslationHistory.status, ["draft", "translated"]),
      ),
    );
}

/** Whether the user wrote any translation of the job (a draft or a confirmed text). */
export function translatedJob(db: Db | Tx, jobId: number, userId: number): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(jobs)
      .where(and(eq(jobs.id, jobId), exists(translatedBy(db, userId))))
      .get() !== undefined
  );
}

/** The job, when the actor reviews its language and did not translate it; NotFoundError otherwise. */
export function reviewableJob(db: Db | Tx, actor: Actor, jobId: number): Job {
  const job = db.select().from(jobs).where(eq(jobs.id, jobId)).get();
  if (!job || !can(actor, "job:review", { language: job.targetLanguage })) throw new NotFoundError("job");
  if (job.assigneeId === actor.id || translatedJob(db, job.id, actor.id)) throw new NotFoundError("job");
  return job;
}

/** The review going on for a job, if any. */
export function openReview(db: Db | Tx, jobId: number): Review | undefined {
  return db
    .select()
    .from(reviews)
    .where(and(eq(reviews.jobId, jobId), isNull(reviews.finishedAt)))
    .get();
}

/**
 * The job whose review the actor holds, with that review. Someone who may review the job but has
 * not taken it (or whose turn is over) is told why (403), not 404.
 */
export function heldReview(db: Db | Tx, actor: Actor, jobId: number): { job: Job; review: Review } {
  const job = reviewableJob(db, actor, jobId);
  if (job.status !== "in_review") {
    throw new WorkflowError(message("workflow:notInReview", { status: job.status }));
  }
  if (job.reviewerId !== actor.id) {
    const holder = job.reviewerId
      ? db.select({ name: users.displayName }).from(users).where(eq(users.id, job.reviewerId)).get()
      : undefined;
    throw new ForbiddenError(
      holder ? message("workflow:reviewTakenBy", { name: holder.name }) : message("workflow:takeReviewFirst"),
    );
  }
  const review = openReview(db, job.id);
  // Taking a review always opens one; a job without it was changed outside the use-cases.
  if (!review) throw new WorkflowError(message("workflow:takeReviewFirst"));
  return { job, review };
}

/**
 * Ends the job's review in progress, if any, with the reviewer's hold on the job. Used when the
 * translator's claim ends (release, expiry): whoever claims next starts a fresh review cycle, and
 * the former reviewer could otherwise claim the job and end up reviewing their own work.
 */
export function endOpenReview(tx: Tx, jobId: number, outcome: "released" | "superseded", now: Date): void {
  tx.update(reviews)
    .set({ finishedAt: now, outcome })
    .where(and(eq(reviews.jobId, jobId), isNull(reviews.finishedAt)))
    .run();
}
