// The notifications of the workflow's events, one call inside each use-case's transaction.
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { jobs } from "@/db/schema";
import type { Actor } from "../auth/actor";
import type { PublicationCredits } from "../publications/publication-credits";
import { jobRef, jobTranslatorIds } from "./job-ref";
import { notify, notifyEach } from "./notify";

/** A reviewer sent the job back: its translator is told, with the new due time. */
export function notifyChangesRequested(tx: Tx, actor: Actor, jobId: number, dueAt: Date, now?: Date): void {
  const job = tx.select({ assigneeId: jobs.assigneeId }).from(jobs).where(eq(jobs.id, jobId)).get();
  const ref = jobRef(tx, jobId);
  if (!job?.assigneeId || !ref) return;
  notify(tx, {
    userId: job.assigneeId,
    kind: "changes-requested",
    payload: { ...ref, reviewerName: actor.displayName, dueAt: dueAt.toISOString() },
    actorId: actor.id,
    now,
  });
}

/** A reviewer approved the job: whoever translated it is told. */
export function notifyJobApproved(tx: Tx, actor: Actor, jobId: number, now?: Date): void {
  const job = tx.select({ assigneeId: jobs.assigneeId }).from(jobs).where(eq(jobs.id, jobId)).get();
  const ref = jobRef(tx, jobId);
  if (!job || !ref) return;
  notifyEach(tx, [job.assigneeId, ...jobTranslatorIds(tx, jobId)], {
    kind: "job-approved",
    payload: { ...ref, reviewerName: actor.displayName },
    actorId: actor.id,
    now,
  });
}

/** An editor published the translation: the people its credit line thanks are told. */
export function notifyArticlePublished(
  tx: Tx,
  actor: Actor,
  jobId: number,
  slug: string,
  credits: PublicationCredits,
  now?: Date,
): void {
  const ref = jobRef(tx, jobId);
  if (!ref) return;
  notifyEach(tx, [...credits.volunteers.map((volunteer) => volunteer.id), credits.reviewer?.id], {
    kind: "article-published",
    payload: { ...ref, slug },
    actorId: actor.id,
    now,
  });
}

/**
 * The article's source changed: everyone who translated the job, and whoever holds it now, is
 * told how many sentences need them; the one it is kept for is told until when. Call it after the
 * job has been moved to the new revision (and back to the pool, when that happens), so the
 * reservation it reports is the one that holds.
 */
export function notifySourceUpdated(
  tx: Tx,
  actor: Actor,
  job: { id: number; assigneeId: number | null },
  changedSegments: number,
  now = new Date(),
): void {
  const ref = jobRef(tx, job.id);
  const current = tx
    .select({ status: jobs.status, reservedForId: jobs.reservedForId, reservedUntil: jobs.reservedUntil })
    .from(jobs)
    .where(eq(jobs.id, job.id))
    .get();
  if (!ref || !current) return;
  const reserved = current.status === "open" && current.reservedUntil && current.reservedUntil > now ? current : null;
  for (const userId of new Set([job.assigneeId, ...jobTranslatorIds(tx, job.id)])) {
    if (userId === null) continue;
    const reservedUntil = reserved?.reservedForId === userId ? reserved.reservedUntil!.toISOString() : null;
    notify(tx, {
      userId,
      kind: "source-updated",
      payload: { ...ref, changedSegments, reservedUntil },
      actorId: actor.id,
      now,
    });
  }
}
