import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, publications } from "@/db/schema";
import { publicationTitle } from "../../publications/live-publications";

export type LiveTranslation = { language: string; title: string; publishedAt: string };

/** The live publications of several articles at once, by article id, each by target language. */
export function liveTranslationsOf(db: Db, articleIds: number[]): Map<number, LiveTranslation[]> {
  const byArticle = new Map<number, LiveTranslation[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const rows = db
    .select({
      articleId: jobs.articleId,
      language: jobs.targetLanguage,
      title: publicationTitle,
      publishedAt: publications.publishedAt,
    })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(and(inArray(jobs.articleId, articleIds), isNull(publications.unpublishedAt)))
    .orderBy(asc(jobs.targetLanguage))
    .all();
  for (const { articleId, publishedAt, ...row } of rows) {
    byArticle.get(articleId)?.push({ ...row, publishedAt: publishedAt.toISOString() });
  }
  return byArticle;
}
