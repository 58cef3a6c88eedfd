import { and, eq, sql } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs, reviews, segments, segmentTranslationHistory, segmentTranslations } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { syncTranslationMemory } from "../memory/record-translation";
import type { Actor } from "../auth/actor";
import { notifyJobApproved } from "../notifications/job-events";
import { WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { reviewJobSchema } from "../validation/review-schemas";
import { heldReview } from "./review-access";
import { reviewScore } from "./review-score";
import { assertTransition } from "./transitions";

/**
 * "Approve all remaining": every confirmed segment the reviewer has not decided on is approved and
 * the job is approved, ready for an editor to publish. Refused while a segment is rejected (that
 * is what "request changes" is for), and the review's score is stored.
 */
export function approveJob(db: Db, actor: Actor, rawInput: unknown, now = new Date()): { score: number } {
  const input = parseInput(reviewJobSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const { job, review } = heldReview(tx, actor, input.jobId);
    const to = assertTransition(job.status, "approve");
    const rows = tx
      .select({ translation: segmentTranslations })
      .from(segmentTranslations)
      .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
      .where(and(eq(segmentTranslations.jobId, job.id), eq(segments.revisionId, job.revisionId)))
      .all()
      .map((row) => row.translation);
    const rejected = rows.filter((row) => row.status === "rejected").length;
    if (rejected > 0) throw new WorkflowError(message("workflow:approveWithRejected", { count: rejected }));
    const unfinished = rows.filter((row) => row.status !== "translated" && row.status !== "approved").length;
    if (unfinished > 0) throw new WorkflowError(message("workflow:approveUnfinished", { count: unfinished }));

    for (const row of rows.filter((translation) => translation.status === "translated")) {
      const version = row.version + 1;
      tx.update(segmentTranslations)
        .set({ status: "approved", version, updatedAt: now })
        .where(eq(segmentTranslations.id, row.id))
        .run();
      tx.insert(segmentTranslationHistory)
        .values({ translationId: row.id, authorId: actor.id, text: row.text, status: "approved", version, createdAt: now })
        .run();
      syncTranslationMemory(tx, row.id);
    }
    // The words of the revision approved: a source update during the review may have changed them.
    const words = tx
      .select({ words: sql<number>`coalesce(sum(${segments.wordCount}), 0)` })
      .from(segments)
      .where(eq(segments.revisionId, job.revisionId))
      .get()!.words;
    const score = reviewScore(review.penaltyPoints, words);
    tx.update(reviews)
      .set({ finishedAt: now, outcome: "approved", score, wordCount: words, revisionId: job.revisionId })
      .where(eq(reviews.id, review.id))
      .run();
    tx.update(jobs)
      .set({ status: to, approvedAt: now, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    notifyJobApproved(tx, actor, job.id, now);
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.approved",
      subjectType: "job",
      subjectId: job.id,
      data: { score, penaltyPoints: review.penaltyPoints, words },
    });
    return { score };
  });
}
