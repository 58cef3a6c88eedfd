// What signed-out visitors may see: live publications and articles that still need translators.
import { desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, publications } from "@/db/schema";
import { publicationTitle } from "./live-publications";
import { publicationCredits } from "./publication-credits";

export type PublishedTranslation = {
  slug: string;
  /** The title in the translation's language. */
  title: string;
  targetLanguage: string;
  /** The volunteers the publication credits, in the order of their first contribution. */
  volunteerNames: string[];
  publishedAt: Date;
};

export function listRecentPublications(db: Db, limit = 10): PublishedTranslation[] {
  return db
    .select({
      slug: articles.slug,
      title: publicationTitle,
      targetLanguage: jobs.targetLanguage,
      publishedAt: publications.publishedAt,
      job: { id: jobs.id, assigneeId: jobs.assigneeId, reviewerId: jobs.reviewerId },
      revisionId: publications.revisionId,
    })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(isNull(publications.unpublishedAt))
    .orderBy(desc(publications.publishedAt))
    .limit(limit)
    .all()
    .map(({ job, revisionId, ...publication }) => ({
      ...publication,
      // The people credited on the page itself, even when the job is back in work after a source update.
      volunteerNames: publicationCredits(db, { ...job, revisionId }).volunteers.map((volunteer) => volunteer.name),
    }));
}

export type ArticleNeedingTranslators = { slug: string; title: string; languages: string[] };

export function listArticlesNeedingTranslators(db: Db, limit = 10): ArticleNeedingTranslators[] {
  const rows = db
    .select({
      slug: articles.slug,
      title: articles.title,
      languages: sql<string>`group_concat(${jobs.targetLanguage}, ' ')`,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(eq(jobs.status, "open"))
    .groupBy(articles.id)
    .orderBy(desc(articles.createdAt))
    .limit(limit)
    .all();
  return rows.map((row) => ({ ...row, languages: row.languages.split(" ").sort() }));
}
