// Several saves of one job in the caller's transaction, each through the single save path
// (saveSegmentInJob), for imports that apply many segments at once.
import type { Tx } from "@/db/client";
import type { Job } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ForbiddenError, ValidationError } from "../errors";
import type { Message } from "../validation/message";
import { validate } from "../validation/validate";
import { segmentSaveSchema } from "../validation/workflow-schemas";
import { saveSegmentInJob, type SegmentState } from "./save-segment";

export type BatchSave = { segmentId: number; text: string; status: "draft" | "translated"; version: number };

export type BatchSaveOutcome =
  { segmentId: number; saved: true; state: SegmentState } | { segmentId: number; saved: false; reason: Message };

/**
 * Applies each save in its own savepoint, so a segment the save path refuses (QA error, approved
 * lock, invalid text) changes nothing of its own and is reported, while the others go on. Any other
 * error (a stale version, a segment not in the job) means the caller's list is wrong: it propagates
 * and the caller's transaction rolls everything back. `job` must come from `editableJob` in `tx`.
 */
export function saveSegmentsInJob(tx: Tx, actor: Actor, job: Job, saves: readonly BatchSave[]): BatchSaveOutcome[] {
  return saves.map((save) => {
    const parsed = validate(segmentSaveSchema, { ...save, jobId: job.id });
    if (!parsed.ok) return { segmentId: save.segmentId, saved: false, reason: firstMessage(parsed.fields) };
    try {
      const state = tx.transaction((savepoint) => saveSegmentInJob(savepoint, actor, job, parsed.data));
      return { segmentId: save.segmentId, saved: true, state };
    } catch (error) {
      if (error instanceof ValidationError)
        return { segmentId: save.segmentId, saved: false, reason: firstMessage(error.fields) };
      if (error instanceof ForbiddenError) return { segmentId: save.segmentId, saved: false, reason: error.reason };
      throw error;
    }
  });
}

function firstMessage(fields: Record<string, Message>): Message {
  const [first] = Object.values(fields);
  if (!first) throw new Error("a refused save names at least one field");
  return first;
}
