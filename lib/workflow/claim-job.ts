import { and, count, eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs, users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { NotFoundError, WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { claimJobSchema } from "../validation/workflow-schemas";
import { claimPolicy, DAY_MS, type ClaimPolicy } from "./claim-policy";
import { jobAccess } from "./job-access";
import { assertTransition } from "./transitions";

/**
 * A volunteer claims an open job in one of their languages until a due time they choose. Runs in one
 * immediate transaction: of two volunteers claiming at once, exactly one gets it and the other is
 * told who did.
 */
export function claimJob(
  db: Db,
  actor: Actor,
  rawInput: unknown,
  { policy, now = new Date() }: { policy?: ClaimPolicy; now?: Date } = {},
): { dueAt: Date } {
  const input = parseInput(claimJobSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const rules = policy ?? claimPolicy(tx);
    const days = Math.min(input.days ?? rules.defaultDays, rules.maxDays);
    const job = tx.select().from(jobs).where(eq(jobs.id, input.jobId)).get();
    // A volunteer of the language who lost the race is told who won, not "not found".
    const speaksLanguage = job !== undefined && can(actor, "job:claim", { language: job.targetLanguage });
    if (!job || !(speaksLanguage || jobAccess(actor, job).view)) throw new NotFoundError("job");
    if (job.status !== "open") {
      const holder = job.assigneeId
        ? tx.select({ name: users.displayName }).from(users).where(eq(users.id, job.assigneeId)).get()
        : undefined;
      if (job.assigneeId === actor.id) throw new WorkflowError(message("workflow:alreadyYours"));
      throw new WorkflowError(message("workflow:alreadyClaimed", { name: holder?.name ?? "—" }));
    }
    if (!jobAccess(actor, job).claim) throw new WorkflowError(message("workflow:notYourLanguage"));
    // After a source update, the last translator has the first chance to bring the job up to date.
    if (job.reservedForId !== null && job.reservedForId !== actor.id && job.reservedUntil && job.reservedUntil > now) {
      const holder = tx.select({ name: users.displayName }).from(users).where(eq(users.id, job.reservedForId)).get();
      throw new WorkflowError(
        message("workflow:reservedFor", { name: holder?.name ?? "—", date: job.reservedUntil.getTime() }),
      );
    }
    const to = assertTransition(job.status, "claim");

    const active =
      tx
        .select({ count: count() })
        .from(jobs)
        .where(and(eq(jobs.assigneeId, actor.id), eq(jobs.status, "in_progress")))
        .get()?.count ?? 0;
    if (active >= rules.maxActiveClaims) {
      throw new WorkflowError(message("workflow:claimLimit", { count: rules.maxActiveClaims }));
    }

    const dueAt = new Date(now.getTime() + days * DAY_MS);
    const claimed = tx
      .update(jobs)
      .set({
        status: to,
        assigneeId: actor.id,
        claimedAt: now,
        dueAt,
        claimExtended: false,
        reservedForId: null,
        reservedUntil: null,
        version: job.version + 1,
        updatedAt: now,
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.status, "open"), eq(jobs.version, job.version)))
      .run();
    // The immediate transaction already serializes claims; this guard keeps it true if that changes.
    if (claimed.changes !== 1) throw new WorkflowError(message("workflow:alreadyClaimed", { name: "—" }));
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.claimed",
      subjectType: "job",
      subjectId: job.id,
      data: { dueAt: dueAt.toISOString(), days },
    });
    return { dueAt };
  });
}
