import { and, eq, lt, sql } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { endOpenReview } from "./review-access";
import { TRANSITIONS } from "./transitions";

/**
 * Claims past their due time return to the pool, with every translation kept. Runs on a schedule
 * (instrumentation) and before pages that list or open jobs, so a stale claim is never shown.
 */
export function expireClaims(db: Db, now = new Date()): number {
  const overdue = () => and(eq(jobs.status, "in_progress"), lt(jobs.dueAt, now));
  // Most reads find nothing to do: check without taking the write lock.
  if (!db.select({ id: jobs.id }).from(jobs).where(overdue()).get()) return 0;
  return writeTransaction(db, (tx) => {
    const expired = tx.select({ id: jobs.id, assigneeId: jobs.assigneeId }).from(jobs).where(overdue()).all();
    for (const job of expired) {
      tx.update(jobs)
        .set({
          status: TRANSITIONS.expire.to,
          assigneeId: null,
          claimedAt: null,
          dueAt: null,
          claimExtended: false,
          reviewerId: null,
          version: sql`${jobs.version} + 1`,
          updatedAt: now,
        })
        .where(eq(jobs.id, job.id))
        .run();
      endOpenReview(tx, job.id, "released", now);
      recordAuditEvent(tx, {
        actorId: null,
        action: "job.claim_expired",
        subjectType: "job",
        subjectId: job.id,
        data: { assigneeId: job.assigneeId },
      });
    }
    return expired.length;
  });
}
