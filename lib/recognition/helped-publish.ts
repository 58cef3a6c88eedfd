// The live publications that credit a person as one of their volunteers.
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  articles,
  jobs,
  publications,
  reviews,
  segments,
  segmentTranslationHistory,
  segmentTranslations,
} from "@/db/schema";
import { publicationTitle } from "../publications/live-publications";
import { idList } from "./confirmed-translations";

export type HelpedPublication = {
  publicationId: number;
  jobId: number;
  slug: string;
  targetLanguage: string;
  /** The title the publication shows. */
  title: string;
  /** The title's language: the target's, or the source's when no heading was translated. */
  titleLanguage: string;
  publishedAt: Date;
};

/**
 * Live publications whose credit line names the person, by the rule of publicationCredits
 * (lib/publications/publication-credits.ts) applied as the job stood when it was published: they
 * confirmed a segment of the published revision before the publication, and were not one of the
 * job's reviewers by then. A segment the source update moved since still counts: its translation
 * now belongs to the job's current revision. Newest first.
 */
export function helpedPublish(db: Db | Tx, userId: number, confirmed: readonly number[]): HelpedPublication[] {
  if (confirmed.length === 0) return [];
  const confirmedBefore = sql`exists (select 1 from ${segmentTranslationHistory} h
    where h.translation_id = ${segmentTranslations.id} and h.author_id = ${userId}
      and h.status = 'translated' and h.created_at <= ${publications.publishedAt})`;
  const reviewedIt = sql`exists (select 1 from ${reviews} r
    where r.job_id = ${jobs.id} and r.reviewer_id = ${userId} and r.started_at <= ${publications.publishedAt})`;
  const rows = db
    .selectDistinct({
      publicationId: publications.id,
      jobId: jobs.id,
      slug: articles.slug,
      targetLanguage: jobs.targetLanguage,
      title: publicationTitle,
      articleTitle: articles.title,
      sourceLanguage: articles.sourceLanguage,
      publishedAt: publications.publishedAt,
    })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .innerJoin(jobs, eq(jobs.id, segmentTranslations.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .innerJoin(publications, and(eq(publications.jobId, jobs.id), isNull(publications.unpublishedAt)))
    .where(
      and(
        inArray(segmentTranslations.id, idList(confirmed)),
        or(eq(segments.revisionId, publications.revisionId), eq(segments.revisionId, jobs.revisionId)),
        confirmedBefore,
        sql`not ${reviewedIt}`,
      ),
    )
    .orderBy(desc(publications.publishedAt), desc(publications.id))
    .all();
  return rows.map(({ articleTitle, sourceLanguage, ...row }) => ({
    ...row,
    titleLanguage: row.title === articleTitle ? sourceLanguage : row.targetLanguage,
  }));
}
