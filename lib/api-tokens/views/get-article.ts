import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, sourceRevisions } from "@/db/schema";
import { revisionTotals } from "../../articles/revision-word-counts";
import type { Actor } from "../../auth/actor";
import { NotFoundError } from "../../errors";
import { getPublicArticle } from "../../publications/get-public-article";
import { parseDocument, render } from "../../segmentation/document";
import { jobAccess } from "../../workflow/job-access";
import { visibleArticles } from "./article-visibility";
import { liveTranslationsOf } from "./live-translations";
import type { ApiArticleDetail } from "./shapes";

/**
 * One article the actor may see, with its source as sanitized HTML and the jobs the actor may see.
 * An article they may not see answers NotFoundError, like one that does not exist.
 */
export function getApiArticle(db: Db, actor: Actor, slug: string): ApiArticleDetail {
  const totals = revisionTotals(db);
  const row = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      region: articles.region,
      sdgGoals: articles.sdgGoals,
      createdAt: articles.createdAt,
      segmentCount: totals.segmentCount,
      wordCount: totals.wordCount,
      content: sourceRevisions.content,
      format: sourceRevisions.format,
    })
    .from(articles)
    .innerJoin(sourceRevisions, eq(sourceRevisions.id, articles.currentRevisionId))
    .leftJoin(totals, eq(totals.revisionId, articles.currentRevisionId))
    .where(and(eq(articles.slug, slug), visibleArticles(actor)))
    .get();
  if (!row) throw new NotFoundError("article");
  const { id, content, format, createdAt, segmentCount, wordCount, ...header } = row;
  // The public page's HTML (cached per revision); an article not opened yet has no public page,
  // and only editors get this far for one, so it is rendered the same way here.
  const html =
    getPublicArticle(db, slug)?.html ??
    render(parseDocument(content, format, header.sourceLanguage), new Map(), "html").output;
  const visibleJobs = db
    .select()
    .from(jobs)
    .where(eq(jobs.articleId, id))
    .orderBy(asc(jobs.targetLanguage))
    .all()
    .filter((job) => jobAccess(actor, job).view)
    .map((job) => ({ id: job.id, targetLanguage: job.targetLanguage, status: job.status }));
  return {
    ...header,
    segmentCount: segmentCount ?? 0,
    wordCount: wordCount ?? 0,
    createdAt: createdAt.toISOString(),
    translations: liveTranslationsOf(db, [id]).get(id) ?? [],
    html,
    jobs: visibleJobs,
  };
}
