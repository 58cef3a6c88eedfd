import { and, eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { segments, segmentTranslations } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { textHash, type QaDismissal } from "../qa/dismissals";
import { qaSeverity } from "../qa/registry";
import { runChecks } from "../qa/run-checks";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { dismissWarningSchema } from "../validation/qa-schemas";
import { editableJob } from "./job-access";
import { jobQaFacts, segmentQaContext } from "./qa-context";

export type DismissWarningResult = { segmentId: number; dismissedWarnings: QaDismissal[] };

/**
 * The assignee dismisses a warning of one segment with a reason the reviewer will read. The
 * dismissal holds for the text given (usually the editor's current one): a later edit brings the
 * warning back. Errors cannot be dismissed, and neither can a warning the text does not raise.
 * The translation's version is not bumped: its text did not change, and the editor's next save,
 * based on that version, must not become a conflict.
 */
export function dismissWarning(db: Db, actor: Actor, rawInput: unknown): DismissWarningResult {
  const input = parseInput(dismissWarningSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const job = editableJob(tx, actor, input.jobId);
    const row = tx
      .select({ translation: segmentTranslations, sourceText: segments.sourceText, tags: segments.tags })
      .from(segmentTranslations)
      .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
      .where(
        and(
          eq(segmentTranslations.jobId, job.id),
          eq(segmentTranslations.segmentId, input.segmentId),
          eq(segments.revisionId, job.revisionId),
        ),
      )
      .get();
    if (!row) throw new NotFoundError("segment");
    // After a review sends the job back, approved segments are no longer the translator's.
    if (row.translation.status === "approved") throw new ForbiddenError(message("workflow:approvedLocked"));
    if (qaSeverity(input.check) === "error")
      throw new ValidationError({ check: message("qa:dismiss.errorNotDismissable") });
    const issues = runChecks(segmentQaContext(jobQaFacts(tx, job), row, input.text));
    if (!issues.some((issue) => issue.check === input.check)) {
      throw new ValidationError({ check: message("qa:dismiss.notRaised") });
    }

    // One entry per check: dismissing again (for a new text or with a new reason) replaces it.
    const dismissedWarnings: QaDismissal[] = [
      ...row.translation.dismissedWarnings.filter((entry) => entry.check !== input.check),
      { check: input.check, reason: input.reason, textHash: textHash(input.text) },
    ];
    tx.update(segmentTranslations)
      .set({ dismissedWarnings })
      .where(eq(segmentTranslations.id, row.translation.id))
      .run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "qa.warning_dismissed",
      subjectType: "job",
      subjectId: job.id,
      data: { segmentId: input.segmentId, check: input.check, reason: input.reason },
    });
    return { segmentId: input.segmentId, dismissedWarnings };
  });
}
