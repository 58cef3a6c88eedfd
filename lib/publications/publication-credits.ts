// Who a published translation thanks: the people who wrote it and the reviewer who approved it.
import { and, asc, desc, eq, isNotNull, min } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { reviews, segments, segmentTranslationHistory, segmentTranslations, users, type Job } from "@/db/schema";

export type PublicationCredits = {
  /** Volunteers who confirmed translations, in the order of their first contribution. */
  volunteers: { id: number; name: string }[];
  /** The reviewer of the job's latest approved review. */
  reviewer: { id: number; name: string } | null;
};

type CreditedJob = Pick<Job, "id" | "revisionId" | "assigneeId" | "reviewerId">;

function displayName(db: Db | Tx, userId: number): { id: number; name: string } | null {
  const user = db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.id, userId)).get();
  return user ?? null;
}

/**
 * The credits of a job's translation as it stands: every author of a confirmed (`translated`)
 * version of a segment of the job's revision, whoever wrote it first first. Reviewers' own edits
 * are part of their review, so they are credited as reviewer, not as volunteers.
 */
export function publicationCredits(db: Db | Tx, job: CreditedJob): PublicationCredits {
  const approved = db
    .select({ id: users.id, name: users.displayName })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .where(and(eq(reviews.jobId, job.id), eq(reviews.outcome, "approved")))
    .orderBy(desc(reviews.finishedAt), desc(reviews.id))
    .get();
  // A job approved before reviews were recorded still names the reviewer it was assigned.
  const reviewer = approved ?? (job.reviewerId === null ? null : displayName(db, job.reviewerId));

  const reviewerIds = new Set(
    db
      .selectDistinct({ id: reviews.reviewerId })
      .from(reviews)
      .where(eq(reviews.jobId, job.id))
      .all()
      .map((row) => row.id),
  );
  if (job.reviewerId !== null) reviewerIds.add(job.reviewerId);

  const firstContribution = min(segmentTranslationHistory.id);
  const authors = db
    .select({ id: users.id, name: users.displayName, first: firstContribution })
    .from(segmentTranslationHistory)
    .innerJoin(segmentTranslations, eq(segmentTranslations.id, segmentTranslationHistory.translationId))
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .innerJoin(users, eq(users.id, segmentTranslationHistory.authorId))
    .where(
      and(
        eq(segmentTranslations.jobId, job.id),
        eq(segments.revisionId, job.revisionId),
        eq(segmentTranslationHistory.status, "translated"),
        isNotNull(segmentTranslationHistory.authorId),
      ),
    )
    .groupBy(users.id)
    .orderBy(asc(firstContribution))
    .all();
  let volunteers = authors.filter((author) => !reviewerIds.has(author.id)).map(({ id, name }) => ({ id, name }));

  // Translations that reached the job without a confirmed save (none today) still have the
  // volunteer who claimed and submitted the job behind them.
  if (volunteers.length === 0 && job.assigneeId !== null && !reviewerIds.has(job.assigneeId)) {
    const assignee = displayName(db, job.assigneeId);
    if (assignee) volunteers = [assignee];
  }
  return { volunteers, reviewer };
}
