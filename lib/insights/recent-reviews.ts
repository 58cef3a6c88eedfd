import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ReviewOutcome } from "@/db/enums";
import { articles, jobs, reviews } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";

/** How many finished reviews the reviewer's dashboard lists. */
export const RECENT_REVIEWS_SHOWN = 10;

export type RecentReview = {
  reviewId: number;
  jobId: number;
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  outcome: ReviewOutcome;
  /** Penalty points per 1,000 words; only an approval is scored. */
  score: number | null;
  finishedAt: Date;
  /** The review page still opens for the actor (they still review the language). */
  canOpen: boolean;
};

/** The actor's own finished reviews, newest first: what they approved, gave back or lost to a source update. */
export function listRecentReviews(db: Db, actor: Actor): RecentReview[] {
  assertCan(actor, "job:list-review");
  const rows = db
    .select({
      reviewId: reviews.id,
      jobId: jobs.id,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      outcome: reviews.outcome,
      score: reviews.score,
      finishedAt: reviews.finishedAt,
    })
    .from(reviews)
    .innerJoin(jobs, eq(jobs.id, reviews.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(and(eq(reviews.reviewerId, actor.id), isNotNull(reviews.finishedAt)))
    .orderBy(desc(reviews.finishedAt), desc(reviews.id))
    .limit(RECENT_REVIEWS_SHOWN)
    .all();
  // A finished review always has both (reviews_finished_with_outcome); the filter tells TypeScript.
  return rows.flatMap(({ outcome, finishedAt, ...row }) =>
    outcome !== null && finishedAt !== null
      ? [
          {
            ...row,
            outcome,
            finishedAt,
            score: outcome === "approved" ? row.score : null,
            canOpen: can(actor, "job:review", { language: row.targetLanguage }),
          },
        ]
      : [],
  );
}
