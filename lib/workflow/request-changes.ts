import { and, count, eq, sql } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { comments, jobs, reviews, segments, segmentTranslations } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { notifyChangesRequested } from "../notifications/job-events";
import { WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { requestChangesSchema } from "../validation/review-schemas";
import { claimPolicy, DAY_MS, type ClaimPolicy } from "./claim-policy";
import { heldReview } from "./review-access";
import { assertTransition } from "./transitions";

/**
 * The reviewer sends the job back to the same translator, who sees the comments on the rejected
 * segments; approved segments stay approved and locked. The translator gets a fresh due time, and
 * the reviewer keeps the review: the resubmitted job comes straight back to them.
 */
export function requestChanges(
  db: Db,
  actor: Actor,
  rawInput: unknown,
  { policy, now = new Date() }: { policy?: ClaimPolicy; now?: Date } = {},
): { dueAt: Date } {
  const input = parseInput(requestChangesSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const { job, review } = heldReview(tx, actor, input.jobId);
    const to = assertTransition(job.status, "request-changes");
    const rejected =
      tx
        .select({ count: count() })
        .from(segmentTranslations)
        .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
        .where(
          and(
            eq(segmentTranslations.jobId, job.id),
            eq(segments.revisionId, job.revisionId),
            eq(segmentTranslations.status, "rejected"),
          ),
        )
        .get()?.count ?? 0;
    if (rejected === 0) throw new WorkflowError(message("workflow:requestChangesNeedsRejection"));

    const dueAt = new Date(now.getTime() + (policy ?? claimPolicy(tx)).defaultDays * DAY_MS);
    tx.update(jobs)
      .set({ status: to, dueAt, claimExtended: false, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    tx.update(reviews)
      .set({ changeRequests: sql`${reviews.changeRequests} + 1` })
      .where(eq(reviews.id, review.id))
      .run();
    if (input.note) {
      tx.insert(comments).values({ jobId: job.id, authorId: actor.id, body: input.note, createdAt: now }).run();
    }
    notifyChangesRequested(tx, actor, job.id, dueAt, now);
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.changes_requested",
      subjectType: "job",
      subjectId: job.id,
      data: { rejected, dueAt: dueAt.toISOString() },
    });
    return { dueAt };
  });
}
