import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { comments, jobs } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { parseInput } from "../validation/parse-input";
import { releaseClaimSchema } from "../validation/workflow-schemas";
import { editableJob } from "./job-access";
import { endOpenReview } from "./review-access";
import { assertTransition } from "./transitions";

/**
 * The assignee gives the job back to the pool, optionally saying why (kept as a comment on the job
 * for whoever takes it next). Every translation stays.
 */
export function releaseClaim(db: Db, actor: Actor, rawInput: unknown, now = new Date()): void {
  const input = parseInput(releaseClaimSchema, rawInput);
  writeTransaction(db, (tx) => {
    const job = editableJob(tx, actor, input.jobId);
    const to = assertTransition(job.status, "release");
    tx.update(jobs)
      .set({
        status: to,
        assigneeId: null,
        claimedAt: null,
        dueAt: null,
        claimExtended: false,
        reviewerId: null,
        version: job.version + 1,
        updatedAt: now,
      })
      .where(eq(jobs.id, job.id))
      .run();
    endOpenReview(tx, job.id, "released", now);
    if (input.note) tx.insert(comments).values({ jobId: job.id, authorId: actor.id, body: input.note }).run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.released",
      subjectType: "job",
      subjectId: job.id,
      data: { note: input.note ?? null },
    });
  });
}
