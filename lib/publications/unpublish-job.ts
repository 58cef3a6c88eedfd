import { and, eq, isNull } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { articles, jobs, publications } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError, WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { unpublishJobSchema } from "../validation/publishing-schemas";
import { assertTransition } from "../workflow/transitions";

export type UnpublishedJob = { publicationId: number; slug: string; targetLanguage: string };

/**
 * An editor takes a job's live publication offline. The publication row stays (with its
 * unpublishing time) as the record of what was online. A `published` job goes back to `approved`,
 * ready to be published again; a job already back at work because its source changed keeps its
 * state: only its old page goes.
 */
export function unpublishJob(db: Db, actor: Actor, rawInput: unknown, now = new Date()): UnpublishedJob {
  const input = parseInput(unpublishJobSchema, rawInput);
  return writeTransaction(db, (tx) => {
    assertCan(actor, "article:publish");
    const found = tx
      .select({ job: jobs, slug: articles.slug })
      .from(jobs)
      .innerJoin(articles, eq(articles.id, jobs.articleId))
      .where(eq(jobs.id, input.jobId))
      .get();
    if (!found) throw new NotFoundError("job");
    const { job, slug } = found;
    const live = tx
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.jobId, job.id), isNull(publications.unpublishedAt)))
      .get();
    if (!live) throw new WorkflowError(message("workflow:cannot.unpublish", { status: job.status }));
    const status = job.status === "published" ? assertTransition(job.status, "unpublish") : job.status;

    tx.update(publications).set({ unpublishedAt: now }).where(eq(publications.id, live.id)).run();
    // Nothing of the job is online any more, whatever its state.
    tx.update(jobs)
      .set({ status, publishedRevisionId: null, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.unpublished",
      subjectType: "job",
      subjectId: job.id,
      data: { publicationId: live.id, from: job.status, to: status },
    });
    return { publicationId: live.id, slug, targetLanguage: job.targetLanguage };
  });
}
