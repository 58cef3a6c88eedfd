import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { comments, segments } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { addCommentSchema } from "../validation/comment-schemas";
import { parseInput } from "../validation/parse-input";
import { commentableJob } from "./commentable-job";
import type { CommentView } from "./list-comments";

/**
 * Someone working on the job (translator, reviewer, editor) adds a comment to the whole job or to
 * one segment of its current revision. A plain comment never carries an error category: those
 * come only with a reviewer's rejection, written by the review use-case.
 */
export function addComment(db: Db, actor: Actor, rawInput: unknown, now = new Date()): CommentView {
  const input = parseInput(addCommentSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const job = commentableJob(tx, actor, input.jobId);
    const segmentId = input.segmentId ?? null;
    if (segmentId !== null) {
      // A segment of another job, or of a revision the job no longer follows, is not there to comment on.
      const segment = tx
        .select({ revisionId: segments.revisionId })
        .from(segments)
        .where(eq(segments.id, segmentId))
        .get();
      if (!segment || segment.revisionId !== job.revisionId) throw new NotFoundError("segment");
    }
    const { id } = tx
      .insert(comments)
      .values({ jobId: job.id, segmentId, authorId: actor.id, body: input.body, createdAt: now })
      .returning({ id: comments.id })
      .get();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "comment.added",
      subjectType: "job",
      subjectId: job.id,
      data: { commentId: id, segmentId },
    });
    return {
      id,
      segmentId,
      authorName: actor.displayName,
      body: input.body,
      category: null,
      severity: null,
      createdAt: now,
    };
  });
}
