import { and, eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { jobs, segments, segmentTranslations } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { submitJobSchema } from "../validation/workflow-schemas";
import { editableJob } from "./job-access";
import { blockingErrors } from "../qa/blocking-errors";
import { articleLanguage } from "./article-language";
import { assertTransition } from "./transitions";

const DONE = new Set(["translated", "approved"]);

/**
 * The assignee hands the translation to review: only when every segment is confirmed and no tag
 * problem is left. Afterwards the volunteer can read the job but not change it.
 */
export function submitJob(db: Db, actor: Actor, rawInput: unknown, now = new Date()): void {
  const input = parseInput(submitJobSchema, rawInput);
  writeTransaction(db, (tx) => {
    const job = editableJob(tx, actor, input.jobId);
    const to = assertTransition(job.status, "submit");
    // Translations of segments removed by a source update stay with the old revision: not counted.
    const rows = tx
      .select({
        text: segmentTranslations.text,
        status: segmentTranslations.status,
        sourceText: segments.sourceText,
        tags: segments.tags,
      })
      .from(segmentTranslations)
      .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
      .where(and(eq(segmentTranslations.jobId, job.id), eq(segments.revisionId, job.revisionId)))
      .all();
    const unfinished = rows.filter((row) => !DONE.has(row.status)).length;
    if (unfinished > 0) throw new WorkflowError(message("workflow:submitUnfinished", { count: unfinished }));
    // Checked again here: a segment confirmed before a check existed must not slip through.
    const sourceLanguage = articleLanguage(tx, job.articleId);
    const withErrors = rows.filter(
      (row) =>
        blockingErrors({
          source: row.sourceText,
          target: row.text,
          tags: row.tags,
          sourceLanguage,
          targetLanguage: job.targetLanguage,
        }).length > 0,
    ).length;
    if (withErrors > 0) {
      throw new WorkflowError(message("workflow:submitTagProblems", { count: withErrors }));
    }
    tx.update(jobs)
      .set({ status: to, submittedAt: now, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    recordAuditEvent(tx, { actorId: actor.id, action: "job.submitted", subjectType: "job", subjectId: job.id });
  });
}
