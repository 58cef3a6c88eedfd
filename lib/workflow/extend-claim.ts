import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { extendClaimSchema } from "../validation/workflow-schemas";
import { claimPolicy, DAY_MS, type ClaimPolicy } from "./claim-policy";
import { editableJob } from "./job-access";
import { assertTransition } from "./transitions";

/** The assignee pushes the due time back, once per claim. */
export function extendClaim(
  db: Db,
  actor: Actor,
  rawInput: unknown,
  { policy, now = new Date() }: { policy?: ClaimPolicy; now?: Date } = {},
): { dueAt: Date } {
  const input = parseInput(extendClaimSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const rules = policy ?? claimPolicy(tx);
    const days = Math.min(input.days ?? rules.defaultDays, rules.maxDays);
    const job = editableJob(tx, actor, input.jobId);
    assertTransition(job.status, "extend");
    if (job.claimExtended) throw new WorkflowError(message("workflow:alreadyExtended"));
    const from = Math.max(job.dueAt?.getTime() ?? now.getTime(), now.getTime());
    const dueAt = new Date(from + days * DAY_MS);
    tx.update(jobs)
      .set({ dueAt, claimExtended: true, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.claim_extended",
      subjectType: "job",
      subjectId: job.id,
      data: { dueAt: dueAt.toISOString(), days },
    });
    return { dueAt };
  });
}
