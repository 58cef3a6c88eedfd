// The publications that are online now: at most one per job (publications_one_live_per_job).
import { asc, eq, isNull, and, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, publications } from "@/db/schema";

export type LivePublication = {
  language: string;
  /** The title in the publication's language. */
  title: string;
  publishedAt: Date;
};

/**
 * The title a publication shows. Publications made before titles were stored have "" there: they
 * show the article's own title rather than nothing.
 */
export const publicationTitle = sql<string>`coalesce(nullif(${publications.title}, ''), ${articles.title})`;

/** An article's live publications, by target language. */
export function livePublicationsOf(db: Db, articleId: number): LivePublication[] {
  return db
    .select({ language: jobs.targetLanguage, title: publicationTitle, publishedAt: publications.publishedAt })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(and(eq(jobs.articleId, articleId), isNull(publications.unpublishedAt)))
    .orderBy(asc(jobs.targetLanguage))
    .all();
}
