import { and, eq, sql } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs, reviews, segments, users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { reviewJobSchema } from "../validation/review-schemas";
import { reviewableJob } from "./review-access";
import { assertTransition } from "./transitions";

/**
 * A reviewer takes a submitted job, like a translator claims one: in one immediate transaction, so
 * of two reviewers taking it at once exactly one gets it and the other is told who did.
 */
export function takeReview(db: Db, actor: Actor, rawInput: unknown, now = new Date()): void {
  const input = parseInput(reviewJobSchema, rawInput);
  writeTransaction(db, (tx) => {
    const job = reviewableJob(tx, actor, input.jobId);
    if (job.reviewerId === actor.id && job.status === "in_review") {
      throw new WorkflowError(message("workflow:reviewAlreadyYours"));
    }
    if (job.reviewerId !== null && job.status === "in_review") {
      const holder = tx.select({ name: users.displayName }).from(users).where(eq(users.id, job.reviewerId)).get();
      throw new WorkflowError(message("workflow:reviewTakenBy", { name: holder?.name ?? "—" }));
    }
    assertTransition(job.status, "take-review");
    const words =
      tx
        .select({ words: sql<number>`coalesce(sum(${segments.wordCount}), 0)` })
        .from(segments)
        .where(eq(segments.revisionId, job.revisionId))
        .get()?.words ?? 0;
    const taken = tx
      .update(jobs)
      .set({ reviewerId: actor.id, version: job.version + 1, updatedAt: now })
      .where(and(eq(jobs.id, job.id), eq(jobs.version, job.version)))
      .run();
    if (taken.changes !== 1) throw new WorkflowError(message("workflow:reviewTakenBy", { name: "—" }));
    tx.insert(reviews)
      .values({ jobId: job.id, reviewerId: actor.id, revisionId: job.revisionId, startedAt: now, wordCount: words })
      .run();
    recordAuditEvent(tx, { actorId: actor.id, action: "review.taken", subjectType: "job", subjectId: job.id });
  });
}
