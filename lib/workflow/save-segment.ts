import { eq } from "drizzle-orm";
import type { z } from "zod";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import type { SegmentStatus } from "@/db/enums";
import { segments, segmentTranslationHistory, segmentTranslations, type Job } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { syncTranslationMemory } from "../memory/record-translation";
import type { Actor } from "../auth/actor";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { segmentSaveSchema } from "../validation/workflow-schemas";
import { editableJob } from "./job-access";
import { jobSegmentTranslation } from "./job-segment-translation";
import { blockingErrors } from "../qa/blocking-errors";
import { articleLanguage } from "./article-language";

/** A save's input once its schema accepted it. */
export type SegmentSave = z.output<typeof segmentSaveSchema>;

export type SegmentState = {
  segmentId: number;
  text: string;
  status: SegmentStatus;
  version: number;
  /** Who wrote the current text (for a conflict: "Ana saved another text"). */
  authorName: string | null;
};

/** How many source updates a save from an old editor page may follow to find its segment. */
const MAX_LINEAGE_STEPS = 10;

/**
 * The segment of the job's current revision that `segmentId` became. An editor page opened before
 * the source was updated still saves under the old id: the save follows the segment's lineage
 * instead of failing, and the version check then decides (an outdated sentence is a conflict).
 */
function currentSegmentId(tx: Tx, revisionId: number, segmentId: number): number {
  let id = segmentId;
  for (let step = 0; step < MAX_LINEAGE_STEPS; step++) {
    const segment = tx.select({ revisionId: segments.revisionId }).from(segments).where(eq(segments.id, id)).get();
    if (!segment || segment.revisionId === revisionId) return id;
    const successor = tx.select({ id: segments.id }).from(segments).where(eq(segments.previousSegmentId, id)).get();
    if (!successor) return id;
    id = successor.id;
  }
  return id;
}

/**
 * The assignee saves one segment: a draft while typing, or a confirmed translation. A save based on
 * an older version than the server's is refused with the server's text (ConflictError), so two
 * tabs or devices never overwrite each other silently. Every change is kept in the history.
 */
export function saveSegment(db: Db, actor: Actor, rawInput: unknown): SegmentState {
  const input = parseInput(segmentSaveSchema, rawInput);
  return writeTransaction(db, (tx) => saveSegmentInJob(tx, actor, editableJob(tx, actor, input.jobId), input));
}

/**
 * The checks and writes of one save, inside the caller's transaction, for a job the caller got from
 * `editableJob` in that same transaction. Exported so an import of many segments (XLIFF) goes
 * through exactly these checks: version, approved lock, QA, history, memory and audit.
 */
export function saveSegmentInJob(tx: Tx, actor: Actor, job: Job, input: SegmentSave): SegmentState {
  const translationOf = (segmentId: number) => jobSegmentTranslation(tx, job, segmentId);
  // The usual save finds its segment at once; only a page older than a source update follows lineage.
  const row = translationOf(input.segmentId) ?? translationOf(currentSegmentId(tx, job.revisionId, input.segmentId));
  if (!row) throw new NotFoundError("segment");
  const current = row.translation;
  const state = (translation: typeof current, authorName: string | null): SegmentState => ({
    segmentId: input.segmentId,
    text: translation.text,
    status: translation.status,
    version: translation.version,
    authorName,
  });
  if (current.version !== input.version) throw new ConflictError(state(current, row.authorName));
  // After a review sends the job back, only the rejected segments are the translator's to change.
  if (current.status === "approved") throw new ForbiddenError(message("workflow:approvedLocked"));

  const text = input.text.trim() === "" ? "" : input.text;
  const status: SegmentStatus = text === "" ? "empty" : input.status;
  if (status === "translated") {
    // A draft may be anything; a confirmed translation has every tag of the source, well formed.
    const [blocking] = blockingErrors({
      source: row.sourceText,
      target: text,
      tags: row.tags,
      sourceLanguage: articleLanguage(tx, job.articleId),
      targetLanguage: job.targetLanguage,
    });
    if (blocking) throw new ValidationError({ text: blocking.message });
  }
  if (text === current.text && status === current.status) return state(current, row.authorName);

  const version = current.version + 1;
  const now = new Date();
  tx.update(segmentTranslations)
    .set({ text, status, version, lastAuthorId: actor.id, updatedAt: now })
    .where(eq(segmentTranslations.id, current.id))
    .run();
  tx.insert(segmentTranslationHistory)
    .values({ translationId: current.id, authorId: actor.id, text, status, version, createdAt: now })
    .run();
  syncTranslationMemory(tx, current.id);
  recordAuditEvent(tx, {
    actorId: actor.id,
    action: "segment.saved",
    subjectType: "job",
    subjectId: job.id,
    data: { segmentId: input.segmentId, status, version },
  });
  return { segmentId: input.segmentId, text, status, version, authorName: actor.displayName };
}
