import { and, eq, gt, lte } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import { articles, jobs } from "@/db/schema";
import { notify } from "./notify";

/** How long before its due time a claim is announced as ending. */
export const EXPIRY_WARNING_MS = 24 * 60 * 60 * 1000;

/**
 * Warns each volunteer whose claim ends within 24 hours. The key names the job and its due time:
 * every sweep of every server process may see the claim, and it is announced once; an extended
 * claim has a new due time, so it is announced again when that one comes near. Returns how many
 * notifications were stored.
 */
export function notifyExpiringClaims(db: Db, now = new Date()): number {
  const due = () =>
    and(
      eq(jobs.status, "in_progress"),
      gt(jobs.dueAt, now),
      lte(jobs.dueAt, new Date(now.getTime() + EXPIRY_WARNING_MS)),
    );
  const claims = (source: Db | Tx) =>
    source
      .select({
        jobId: jobs.id,
        assigneeId: jobs.assigneeId,
        dueAt: jobs.dueAt,
        title: articles.title,
        sourceLanguage: articles.sourceLanguage,
        targetLanguage: jobs.targetLanguage,
      })
      .from(jobs)
      .innerJoin(articles, eq(articles.id, jobs.articleId))
      .where(due());
  // Most sweeps find nothing: look before taking the write lock.
  if (!claims(db).get()) return 0;
  return writeTransaction(db, (tx) => {
    let stored = 0;
    for (const { assigneeId, dueAt, ...job } of claims(tx).all()) {
      if (assigneeId === null || dueAt === null) continue;
      const id = notify(tx, {
        userId: assigneeId,
        kind: "claim-expiring",
        payload: { ...job, dueAt: dueAt.toISOString() },
        dedupeKey: `claim-expiring:${job.jobId}:${dueAt.getTime()}`,
        now,
      });
      if (id !== null) stored += 1;
    }
    return stored;
  });
}
