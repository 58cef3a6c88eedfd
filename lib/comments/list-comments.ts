import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ErrorCategory, ErrorSeverity } from "@/db/enums";
import { comments, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { commentableJob } from "./commentable-job";

/** A comment as the people on a job read it. */
export type CommentView = {
  id: number;
  /** Null for a comment on the whole job. */
  segmentId: number | null;
  authorName: string;
  body: string;
  /** Set only on a reviewer's error comment (a rejection or a classified edit). */
  category: ErrorCategory | null;
  severity: ErrorSeverity | null;
  createdAt: Date;
};

/**
 * Every comment of the job, oldest first, for the people who work on it. Comments on segments of
 * an earlier source revision are included with their old segment id: the editor shows the ones
 * whose segment it has, and nothing said about the job is dropped from the record.
 */
export function listJobComments(db: Db, actor: Actor, jobId: number): CommentView[] {
  const job = commentableJob(db, actor, jobId);
  return db
    .select({
      id: comments.id,
      segmentId: comments.segmentId,
      authorName: users.displayName,
      body: comments.body,
      category: comments.category,
      severity: comments.severity,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.jobId, job.id))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}

/** Splits a job's comments into the whole-job thread and one thread per segment, keeping their order. */
export function groupBySegment<C extends Pick<CommentView, "segmentId">>(
  list: readonly C[],
): { job: C[]; bySegment: Map<number, C[]> } {
  const job: C[] = [];
  const bySegment = new Map<number, C[]>();
  for (const comment of list) {
    if (comment.segmentId === null) {
      job.push(comment);
      continue;
    }
    const thread = bySegment.get(comment.segmentId);
    if (thread) thread.push(comment);
    else bySegment.set(comment.segmentId, [comment]);
  }
  return { job, bySegment };
}
