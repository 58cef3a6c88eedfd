import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs, reviews } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { parseInput } from "../validation/parse-input";
import { reviewJobSchema } from "../validation/review-schemas";
import { heldReview } from "./review-access";
import { assertTransition } from "./transitions";

/**
 * The reviewer gives a job back to the review queue. Segments they approved or rejected keep
 * their state, so the next reviewer starts where they stopped.
 */
export function releaseReview(db: Db, actor: Actor, rawInput: unknown, now = new Date()): void {
  const input = parseInput(reviewJobSchema, rawInput);
  writeTransaction(db, (tx) => {
    const { job, review } = heldReview(tx, actor, input.jobId);
    assertTransition(job.status, "release-review");
    tx.update(jobs)
      .set({ reviewerId: null, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    tx.update(reviews).set({ finishedAt: now, outcome: "released" }).where(eq(reviews.id, review.id)).run();
    recordAuditEvent(tx, { actorId: actor.id, action: "review.released", subjectType: "job", subjectId: job.id });
  });
}
