import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, publications } from "@/db/schema";
import { publicationTitle } from "../../publications/live-publications";
import { publicationCredits } from "../../publications/publication-credits";
import type { PublicationsQuery } from "../../validation/api-schemas";
import type { ApiPage, ApiPublication } from "./shapes";

/**
 * The publications online now, newest first, one page of them: what anyone may read on the public
 * pages, credits included, so it needs no token.
 */
export function listApiPublications(db: Db, query: PublicationsQuery): ApiPage<ApiPublication> {
  const { page, perPage } = query;
  const conditions: SQL[] = [isNull(publications.unpublishedAt)];
  if (query.language) conditions.push(eq(jobs.targetLanguage, query.language));
  const where = and(...conditions);
  const total =
    db.select({ count: count() }).from(publications).innerJoin(jobs, eq(jobs.id, publications.jobId)).where(where).get()
      ?.count ?? 0;
  const rows = db
    .select({
      slug: articles.slug,
      sourceLanguage: articles.sourceLanguage,
      language: jobs.targetLanguage,
      title: publicationTitle,
      publishedAt: publications.publishedAt,
      job: { id: jobs.id, assigneeId: jobs.assigneeId, reviewerId: jobs.reviewerId },
      revisionId: publications.revisionId,
    })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(where)
    .orderBy(desc(publications.publishedAt), desc(publications.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  return {
    data: rows.map(({ slug, sourceLanguage, job, revisionId, publishedAt, ...row }) => ({
      article: { slug, sourceLanguage },
      ...row,
      publishedAt: publishedAt.toISOString(),
      // The people the page itself credits, even while the job is back in work after a source update.
      volunteers: publicationCredits(db, { ...job, revisionId }).volunteers.map((volunteer) => volunteer.name),
    })),
    page,
    perPage,
    total,
  };
}
