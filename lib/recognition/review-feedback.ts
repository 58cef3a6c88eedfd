// What reviewers said about a person's translations.
import { and, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { ErrorCategory, ErrorSeverity } from "@/db/enums";
import type { Db, Tx } from "@/db/client";
import { articles, comments, jobs, reviews, segmentTranslations } from "@/db/schema";
import { idList } from "./confirmed-translations";

/** How many comments the dashboard shows; the count covers all of them. */
export const LATEST_FEEDBACK = 5;

export type FeedbackComment = {
  commentId: number;
  jobId: number;
  /** Null for a comment on the whole job (a reviewer's note when sending it back). */
  segmentId: number | null;
  body: string;
  /** Set on rejections and classified edits; null on other comments. */
  category: ErrorCategory | null;
  severity: ErrorSeverity | null;
  articleTitle: string;
  sourceLanguage: string;
  targetLanguage: string;
  createdAt: Date;
  /** The person still holds the job, so its editor (with the comment in place) opens for them. */
  canOpenJob: boolean;
};

export type ReviewFeedback = { count: number; latest: FeedbackComment[] };

/**
 * Comments written by a reviewer of the job (someone who took its review) on the segments the
 * person confirmed, or on the whole of a job they translated in. Their own comments, and other
 * translators' or editors' remarks, are not feedback.
 */
export function reviewFeedback(db: Db | Tx, userId: number, confirmed: readonly number[]): ReviewFeedback {
  if (confirmed.length === 0) return { count: 0, latest: [] };
  const mine = idList(confirmed);
  const theirJobs = db
    .selectDistinct({ jobId: segmentTranslations.jobId })
    .from(segmentTranslations)
    .where(inArray(segmentTranslations.id, mine));
  const theirSegments = sql`(select st.segment_id from ${segmentTranslations} st
    where st.job_id = ${comments.jobId} and st.id in ${mine})`;
  const byAReviewer = or(
    sql`exists (select 1 from ${reviews} r where r.job_id = ${comments.jobId} and r.reviewer_id = ${comments.authorId})`,
    // Jobs reviewed before reviews were recorded name their reviewer only on the job.
    eq(jobs.reviewerId, comments.authorId),
  );

  const rows = db
    .select({
      commentId: comments.id,
      jobId: comments.jobId,
      segmentId: comments.segmentId,
      body: comments.body,
      category: comments.category,
      severity: comments.severity,
      articleTitle: articles.title,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      createdAt: comments.createdAt,
      assigneeId: jobs.assigneeId,
      // Counted before LIMIT applies: one query gives both the total and the latest.
      total: sql<number>`count(*) over ()`,
    })
    .from(comments)
    .innerJoin(jobs, eq(jobs.id, comments.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(
      and(
        inArray(comments.jobId, theirJobs),
        ne(comments.authorId, userId),
        byAReviewer,
        or(isNull(comments.segmentId), inArray(comments.segmentId, theirSegments)),
      ),
    )
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(LATEST_FEEDBACK)
    .all();

  return {
    count: rows[0]?.total ?? 0,
    latest: rows.map(({ total: _total, assigneeId, ...row }) => ({ ...row, canOpenJob: assigneeId === userId })),
  };
}
