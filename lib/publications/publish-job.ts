import { and, asc, eq, isNull } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import { articles, jobs, publications, segments, segmentTranslations, sourceRevisions } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError, WorkflowError } from "../errors";
import { notifyArticlePublished } from "../notifications/job-events";
import { parseDocument, type SegmentedDocument } from "../segmentation/document";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { publishJobSchema } from "../validation/publishing-schemas";
import { assertTransition, canTransition } from "../workflow/transitions";
import { creditLine } from "./credit-line";
import { publicationCredits } from "./publication-credits";
import { renderTranslation } from "./render-translation";

export type PublishedJob = {
  publicationId: number;
  slug: string;
  targetLanguage: string;
  /** The publication this one replaced (the job's earlier version, still online until now), if any. */
  supersededPublicationId: number | null;
};

type ParsedRevision = { revisionId: number; document: SegmentedDocument };

function parseRevision(db: Db | Tx, revisionId: number): ParsedRevision {
  const revision = db
    .select({ content: sourceRevisions.content, format: sourceRevisions.format, language: articles.sourceLanguage })
    .from(sourceRevisions)
    .innerJoin(articles, eq(articles.id, sourceRevisions.articleId))
    .where(eq(sourceRevisions.id, revisionId))
    .get();
  if (!revision) throw new NotFoundError("revision");
  return { revisionId, document: parseDocument(revision.content, revision.format, revision.language) };
}

/**
 * An editor publishes an approved translation: the article rebuilt in the target language with its
 * source's structure, sanitized, credited to the volunteers and the reviewer. A job published
 * before (its source changed meanwhile, the old page stayed online) gets its new page in place of
 * the old one, in the same transaction, so readers never find both or neither.
 */
export function publishJob(db: Db, actor: Actor, rawInput: unknown, now = new Date()): PublishedJob {
  const input = parseInput(publishJobSchema, rawInput);
  // Parsing is pure and can take a while on a long article: it is done before the write lock is
  // taken, and only for someone who may publish. Everything is checked again inside.
  assertCan(actor, "article:publish");
  const planned = db
    .select({ revisionId: jobs.revisionId, status: jobs.status })
    .from(jobs)
    .where(eq(jobs.id, input.jobId))
    .get();
  const parsedEarly =
    planned && canTransition(planned.status, "publish") ? parseRevision(db, planned.revisionId) : undefined;

  return writeTransaction(db, (tx) => {
    assertCan(actor, "article:publish");
    const job = tx.select().from(jobs).where(eq(jobs.id, input.jobId)).get();
    if (!job) throw new NotFoundError("job");
    const to = assertTransition(job.status, "publish");
    const article = tx.select().from(articles).where(eq(articles.id, job.articleId)).get();
    if (!article) throw new NotFoundError("article");

    const rows = tx
      .select({
        position: segments.position,
        kind: segments.blockKind,
        sourceText: segments.sourceText,
        text: segmentTranslations.text,
        status: segmentTranslations.status,
      })
      .from(segments)
      .leftJoin(
        segmentTranslations,
        and(eq(segmentTranslations.segmentId, segments.id), eq(segmentTranslations.jobId, job.id)),
      )
      .where(eq(segments.revisionId, job.revisionId))
      .orderBy(asc(segments.position))
      .all();
    // Only what a reviewer approved goes online.
    const unapproved = rows.filter((row) => row.status !== "approved").length;
    if (unapproved > 0) throw new WorkflowError(message("publishing:unapproved", { count: unapproved }));

    // The source may have been updated between the early parse and the lock.
    const { document } = parsedEarly?.revisionId === job.revisionId ? parsedEarly : parseRevision(tx, job.revisionId);
    const rendered = renderTranslation(
      document,
      rows.map((row) => ({ position: row.position, kind: row.kind, sourceText: row.sourceText, text: row.text ?? "" })),
      job.targetLanguage,
    );

    const credits = publicationCredits(tx, job);
    const credit = creditLine(job.targetLanguage, {
      volunteers: credits.volunteers.map((volunteer) => volunteer.name),
      reviewer: credits.reviewer?.name ?? null,
    });

    const superseded = tx
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.jobId, job.id), isNull(publications.unpublishedAt)))
      .get();
    if (superseded) {
      tx.update(publications).set({ unpublishedAt: now }).where(eq(publications.id, superseded.id)).run();
    }
    const publication = tx
      .insert(publications)
      .values({
        jobId: job.id,
        revisionId: job.revisionId,
        title: rendered.heading ?? article.title,
        html: rendered.html,
        creditLine: credit,
        publishedById: actor.id,
        publishedAt: now,
      })
      .returning({ id: publications.id })
      .get();
    tx.update(jobs)
      .set({ status: to, publishedRevisionId: job.revisionId, version: job.version + 1, updatedAt: now })
      .where(eq(jobs.id, job.id))
      .run();
    notifyArticlePublished(tx, actor, job.id, article.slug, credits, now);
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.published",
      subjectType: "job",
      subjectId: job.id,
      data: {
        publicationId: publication.id,
        revisionId: job.revisionId,
        supersededPublicationId: superseded?.id ?? null,
        volunteerIds: credits.volunteers.map((volunteer) => volunteer.id),
        reviewerId: credits.reviewer?.id ?? null,
      },
    });
    return {
      publicationId: publication.id,
      slug: article.slug,
      targetLanguage: job.targetLanguage,
      supersededPublicationId: superseded?.id ?? null,
    };
  });
}
