import { asc, eq, sql } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import {
  articles,
  jobs,
  segments,
  segmentTranslationHistory,
  segmentTranslations,
  sourceRevisions,
  type SegmentTranslation,
} from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { syncTranslationMemory } from "../memory/record-translation";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError, ValidationError } from "../errors";
import { notifySourceUpdated } from "../notifications/job-events";
import { parseDocument } from "../segmentation/document";
import { matchRevisions } from "../segmentation/match-revisions";
import type { ImportWarning } from "../segmentation/types";
import { articleReimportSchema } from "../validation/article-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { DAY_MS, RESERVATION_DAYS } from "../workflow/claim-policy";
import { endOpenReview } from "../workflow/review-access";
import { assertTransition, canTransition } from "../workflow/transitions";
import { sha256, storeRevision } from "./store-revision";

export type SourceUpdate = {
  revisionNumber: number;
  unchanged: number;
  changed: number;
  added: number;
  retired: number;
  warnings: ImportWarning[];
};

/**
 * An editor imports a newer version of an article's source. Its segments are matched to the
 * current revision's: unchanged ones keep their translations, changed ones keep them marked
 * `outdated`, new ones start empty, removed ones are retired with the old revision.
 */
export function reimportArticle(db: Db, actor: Actor, rawInput: unknown): SourceUpdate {
  assertCan(actor, "article:manage");
  const input = parseInput(articleReimportSchema, rawInput);
  // Parsing is pure and can be slow on a long article: it runs before the write lock is taken.
  const language = db
    .select({ language: articles.sourceLanguage })
    .from(articles)
    .where(eq(articles.id, input.articleId))
    .get()?.language;
  if (language === undefined) throw new NotFoundError("article");
  const document = parseDocument(input.content, input.format, language);

  return writeTransaction(db, (tx) => {
    const article = tx.select().from(articles).where(eq(articles.id, input.articleId)).get();
    if (!article?.currentRevisionId) throw new NotFoundError("article");
    const current = tx.select().from(sourceRevisions).where(eq(sourceRevisions.id, article.currentRevisionId)).get()!;
    if (current.contentHash === sha256(input.content) && current.format === input.format) {
      throw new ValidationError({ content: message("validation:sourceUnchanged") });
    }
    if (document.segments.length === 0) {
      throw new ValidationError({ content: message("validation:noTranslatableText") });
    }

    const previous = tx
      .select({ id: segments.id, text: segments.sourceText })
      .from(segments)
      .where(eq(segments.revisionId, current.id))
      .orderBy(asc(segments.position))
      .all();
    const { matches, retired } = matchRevisions(previous, document.segments);
    const { revisionId, segmentIds } = storeRevision(tx, {
      articleId: article.id,
      number: current.number + 1,
      content: input.content,
      document,
      importedById: actor.id,
      previousSegmentIds: matches.map((match) => (match.kind === "new" ? null : previous[match.previous]!.id)),
    });
    tx.update(articles).set({ currentRevisionId: revisionId }).where(eq(articles.id, article.id)).run();

    const articleJobs = tx
      .select({ id: jobs.id, status: jobs.status, assigneeId: jobs.assigneeId })
      .from(jobs)
      .where(eq(jobs.articleId, article.id))
      .all();
    const now = new Date();
    const sourceChanged = matches.some((match) => match.kind !== "unchanged");
    for (const job of articleJobs) {
      // One read of the job's translations, not one per segment.
      const bySegment = new Map(
        tx
          .select()
          .from(segmentTranslations)
          .where(eq(segmentTranslations.jobId, job.id))
          .all()
          .map((translation) => [translation.segmentId, translation]),
      );
      matches.forEach((match, index) => {
        const segmentId = segmentIds[index]!;
        const translation = match.kind === "new" ? undefined : bySegment.get(previous[match.previous]!.id);
        if (!translation) tx.insert(segmentTranslations).values({ jobId: job.id, segmentId }).run();
        else carryTranslation(tx, translation, segmentId, match.kind === "changed");
      });
      tx.update(jobs)
        .set({ revisionId, version: sql`${jobs.version} + 1`, updatedAt: now })
        .where(eq(jobs.id, job.id))
        .run();
      if (sourceChanged && canTransition(job.status, "source-update")) returnToPool(tx, actor, job, now);
      if (sourceChanged)
        notifySourceUpdated(tx, actor, job, matches.filter((match) => match.kind !== "unchanged").length, now);
    }

    const summary: SourceUpdate = {
      revisionNumber: current.number + 1,
      unchanged: matches.filter((match) => match.kind === "unchanged").length,
      changed: matches.filter((match) => match.kind === "changed").length,
      added: matches.filter((match) => match.kind === "new").length,
      retired: retired.length,
      warnings: document.warnings,
    };
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.source_updated",
      subjectType: "article",
      subjectId: article.id,
      data: { ...summary, warnings: document.warnings.length },
    });
    return summary;
  });
}

/**
 * Finished work whose source changed goes back to the pool, reserved for its last translator for a
 * few days; a review in progress ends. Unchanged segments keep their state (approved ones stay
 * approved), and a live publication stays online until the job is published again.
 */
function returnToPool(
  tx: Tx,
  actor: Actor,
  job: { id: number; status: JobStatus; assigneeId: number | null },
  now: Date,
) {
  const to = assertTransition(job.status, "source-update");
  const reservedUntil = job.assigneeId ? new Date(now.getTime() + RESERVATION_DAYS * DAY_MS) : null;
  tx.update(jobs)
    .set({
      status: to,
      assigneeId: null,
      claimedAt: null,
      dueAt: null,
      claimExtended: false,
      reviewerId: null,
      reservedForId: job.assigneeId,
      reservedUntil,
      updatedAt: now,
    })
    .where(eq(jobs.id, job.id))
    .run();
  endOpenReview(tx, job.id, "superseded", now);
  recordAuditEvent(tx, {
    actorId: actor.id,
    action: "job.reopened_by_source_update",
    subjectType: "job",
    subjectId: job.id,
    data: { from: job.status, reservedForId: job.assigneeId, reservedUntil: reservedUntil?.toISOString() ?? null },
  });
}

/**
 * Moves a job's translation from an old segment to its successor, keeping its history; when the
 * source sentence changed, a translation with text becomes `outdated` (and says so in its history).
 */
function carryTranslation(tx: Tx, translation: SegmentTranslation, toSegmentId: number, changed: boolean): void {
  const outdate = changed && translation.status !== "empty";
  tx.update(segmentTranslations)
    .set({
      segmentId: toSegmentId,
      ...(outdate ? { status: "outdated" as const, version: translation.version + 1, updatedAt: new Date() } : {}),
    })
    .where(eq(segmentTranslations.id, translation.id))
    .run();
  if (outdate) {
    tx.insert(segmentTranslationHistory)
      .values({
        translationId: translation.id,
        authorId: null,
        text: translation.text,
        status: "outdated",
        version: translation.version + 1,
      })
      .run();
  }
  syncTranslationMemory(tx, translation.id);
}
