// A published translation as anyone may read it: no sign-in, no actor.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, publications } from "@/db/schema";
import { isContentLanguage } from "../languages";
import { livePublicationsOf, publicationTitle, type LivePublication } from "./live-publications";

export type PublicTranslation = {
  article: { slug: string; title: string; sourceLanguage: string };
  targetLanguage: string;
  title: string;
  /** The language the title is written in: the target's, or the source's when no heading was translated. */
  titleLanguage: string;
  html: string;
  creditLine: string;
  publishedAt: Date;
  /**
   * The source changed after this page was published: the job is back at work (or approved but not
   * published again), so readers are told a newer translation is coming.
   */
  updateInProgress: boolean;
  /** The article's other live publications, for the language switcher and hreflang alternates. */
  otherLanguages: LivePublication[];
};

/** The live publication of `slug` in `targetLanguage`, or null when there is none. */
export function getPublishedTranslation(db: Db, slug: string, targetLanguage: string): PublicTranslation | null {
  if (!isContentLanguage(targetLanguage)) return null;
  const row = db
    .select({
      articleId: articles.id,
      slug: articles.slug,
      articleTitle: articles.title,
      sourceLanguage: articles.sourceLanguage,
      jobStatus: jobs.status,
      jobRevisionId: jobs.revisionId,
      publicationRevisionId: publications.revisionId,
      title: publicationTitle,
      html: publications.html,
      creditLine: publications.creditLine,
      publishedAt: publications.publishedAt,
    })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(and(eq(articles.slug, slug), eq(jobs.targetLanguage, targetLanguage), isNull(publications.unpublishedAt)))
    .get();
  if (!row) return null;
  return {
    article: { slug: row.slug, title: row.articleTitle, sourceLanguage: row.sourceLanguage },
    targetLanguage,
    title: row.title,
    titleLanguage: row.title === row.articleTitle ? row.sourceLanguage : targetLanguage,
    html: row.html,
    creditLine: row.creditLine,
    publishedAt: row.publishedAt,
    updateInProgress: row.jobStatus !== "published" || row.jobRevisionId !== row.publicationRevisionId,
    otherLanguages: livePublicationsOf(db, row.articleId).filter((other) => other.language !== targetLanguage),
  };
}
