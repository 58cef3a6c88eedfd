import { eq, sql } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import type { SegmentStatus } from "@/db/enums";
import { comments, reviews, segmentTranslationHistory, segmentTranslations } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { syncTranslationMemory } from "../memory/record-translation";
import type { Actor } from "../auth/actor";
import { ConflictError, NotFoundError, ValidationError, WorkflowError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { reviewSegmentSchema } from "../validation/review-schemas";
import { jobSegmentTranslation } from "./job-segment-translation";
import { heldReview } from "./review-access";
import { SEVERITY_WEIGHTS } from "./review-score";
import type { SegmentState } from "./save-segment";
import { blockingErrors } from "../qa/blocking-errors";
import { articleLanguage } from "./article-language";

/** Segments a reviewer can decide on: confirmed by the translator, or already decided. */
const REVIEWABLE: ReadonlySet<SegmentStatus> = new Set(["translated", "approved", "rejected"]);

/**
 * The reviewer approves, edits or rejects one segment of the job they hold. An edit replaces the
 * translator's text, which stays in the history; a rejection records a comment with an error
 * category and severity, whose weight counts towards the review score. Stale versions conflict,
 * exactly as translators' saves do.
 */
export function reviewSegment(db: Db, actor: Actor, rawInput: unknown, now = new Date()): SegmentState {
  const input = parseInput(reviewSegmentSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const { job, review } = heldReview(tx, actor, input.jobId);
    const row = jobSegmentTranslation(tx, job, input.segmentId);
    if (!row) throw new NotFoundError("segment");
    const current = row.translation;
    const state = { segmentId: input.segmentId, text: current.text, status: current.status, version: current.version };
    if (current.version !== input.version) throw new ConflictError({ ...state, authorName: row.authorName });
    if (!REVIEWABLE.has(current.status)) throw new WorkflowError(message("workflow:reviewNeedsTranslated"));

    let text = current.text;
    let status: SegmentStatus = "approved";
    let authorId = current.lastAuthorId;
    let authorName = row.authorName;
    if (input.decision === "edit") {
      const [blocking] = blockingErrors({
        source: row.sourceText,
        target: input.text,
        tags: row.tags,
        sourceLanguage: articleLanguage(tx, job.articleId),
        targetLanguage: job.targetLanguage,
      });
      if (blocking) throw new ValidationError({ text: blocking.message });
      text = input.text;
      authorId = actor.id;
      authorName = actor.displayName;
    } else if (input.decision === "reject") {
      status = "rejected";
    }
    const severity = input.decision === "approve" ? undefined : input.severity;
    const category = input.decision === "approve" ? undefined : input.category;
    const comment = input.decision === "approve" ? undefined : input.comment;
    if (comment) {
      // An edit's reason counts only with both a category and a severity, as a rejection's does.
      const classified = category !== undefined && severity !== undefined;
      tx.insert(comments)
        .values({
          jobId: job.id,
          segmentId: input.segmentId,
          authorId: actor.id,
          body: comment,
          category: classified ? category : null,
          severity: classified ? severity : null,
          createdAt: now,
        })
        .run();
      if (classified) {
        tx.update(reviews)
          .set({ penaltyPoints: sql`${reviews.penaltyPoints} + ${SEVERITY_WEIGHTS[severity]}` })
          .where(eq(reviews.id, review.id))
          .run();
      }
    }
    if (text === current.text && status === current.status) {
      return { ...state, authorName: row.authorName };
    }

    const version = current.version + 1;
    tx.update(segmentTranslations)
      .set({ text, status, version, lastAuthorId: authorId, updatedAt: now })
      .where(eq(segmentTranslations.id, current.id))
      .run();
    tx.insert(segmentTranslationHistory)
      .values({ translationId: current.id, authorId: actor.id, text, status, version, createdAt: now })
      .run();
    syncTranslationMemory(tx, current.id);
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: `segment.review_${input.decision}`,
      subjectType: "job",
      subjectId: job.id,
      data: { segmentId: input.segmentId, version, ...(severity ? { category, severity } : {}) },
    });
    return { segmentId: input.segmentId, text, status, version, authorName };
  });
}
