// An article's source as anyone may read it, with the translations published so far.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, sourceRevisions } from "@/db/schema";
import { parseDocument, render } from "../segmentation/document";
import { livePublicationsOf, type LivePublication } from "./live-publications";

export type PublicArticle = {
  slug: string;
  title: string;
  sourceLanguage: string;
  /** The current source revision as sanitized HTML. */
  html: string;
  translations: LivePublication[];
};

// Revisions never change, so their HTML is kept: a popular article is not parsed on every visit.
const RENDERED_LIMIT = 100;
const rendered = new Map<number, string>();

function sourceHtml(revisionId: number, content: string, format: "markdown" | "html", language: string): string {
  const cached = rendered.get(revisionId);
  if (cached !== undefined) return cached;
  // No translations: every segment keeps its source text, which is exactly the source page.
  const { output } = render(parseDocument(content, format, language), new Map(), "html");
  if (rendered.size >= RENDERED_LIMIT) rendered.delete(rendered.keys().next().value!);
  rendered.set(revisionId, output);
  return output;
}

/**
 * The article by its slug, or null. An article becomes public once it is opened for translation:
 * before that an editor is still checking how it was split, and nothing links to it.
 */
export function getPublicArticle(db: Db, slug: string): PublicArticle | null {
  const article = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      revisionId: sourceRevisions.id,
      content: sourceRevisions.content,
      format: sourceRevisions.format,
    })
    .from(articles)
    .innerJoin(sourceRevisions, eq(sourceRevisions.id, articles.currentRevisionId))
    .where(eq(articles.slug, slug))
    .get();
  if (!article) return null;
  const opened = db.select({ id: jobs.id }).from(jobs).where(eq(jobs.articleId, article.id)).limit(1).get();
  if (!opened) return null;
  const html = sourceHtml(article.revisionId, article.content, article.format, article.sourceLanguage);
  return {
    slug: article.slug,
    title: article.title,
    sourceLanguage: article.sourceLanguage,
    html,
    translations: livePublicationsOf(db, article.id),
  };
}
