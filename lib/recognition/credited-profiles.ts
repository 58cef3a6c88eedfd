// Which of the volunteers a published translation credits can be linked to a public profile.
import { and, asc, eq, isNull, min, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  articles,
  jobs,
  publications,
  reviews,
  segments,
  segmentTranslationHistory,
  segmentTranslations,
  users,
} from "@/db/schema";

export type CreditedProfile = { id: number; name: string };

/**
 * The volunteers credited on the live publication of `slug` in `targetLanguage` (by the rule of
 * helped-publish.ts, the one behind the credit line) whose profile is public and whose account is
 * enabled, in the order of their first contribution. For a line of profile links under the credit.
 */
export function publicProfilesCredited(db: Db, slug: string, targetLanguage: string): CreditedProfile[] {
  const history = segmentTranslationHistory;
  const reviewedIt = sql`exists (select 1 from ${reviews} r
    where r.job_id = ${jobs.id} and r.reviewer_id = ${users.id} and r.started_at <= ${publications.publishedAt})`;
  return db
    .select({ id: users.id, name: users.displayName })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .innerJoin(segmentTranslations, eq(segmentTranslations.jobId, jobs.id))
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .innerJoin(history, eq(history.translationId, segmentTranslations.id))
    .innerJoin(users, eq(users.id, history.authorId))
    .where(
      and(
        eq(articles.slug, slug),
        eq(jobs.targetLanguage, targetLanguage),
        isNull(publications.unpublishedAt),
        or(eq(segments.revisionId, publications.revisionId), eq(segments.revisionId, jobs.revisionId)),
        eq(history.status, "translated"),
        sql`${history.createdAt} <= ${publications.publishedAt}`,
        eq(users.publicProfile, true),
        eq(users.disabled, false),
        sql`not ${reviewedIt}`,
      ),
    )
    .groupBy(users.id)
    .orderBy(asc(min(history.id)))
    .all();
}
