import { count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import { revisionTotals } from "../../articles/revision-word-counts";
import type { Actor } from "../../auth/actor";
import type { PageQuery } from "../../validation/api-schemas";
import { visibleArticles } from "./article-visibility";
import { liveTranslationsOf } from "./live-translations";
import type { ApiArticle, ApiPage } from "./shapes";

/** The articles the actor may see, newest first, one page of them. */
export function listApiArticles(db: Db, actor: Actor, { page, perPage }: PageQuery): ApiPage<ApiArticle> {
  const visible = visibleArticles(actor);
  const total = db.select({ count: count() }).from(articles).where(visible).get()?.count ?? 0;
  const totals = revisionTotals(db);
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      region: articles.region,
      sdgGoals: articles.sdgGoals,
      segmentCount: totals.segmentCount,
      wordCount: totals.wordCount,
      createdAt: articles.createdAt,
    })
    .from(articles)
    .leftJoin(totals, eq(totals.revisionId, articles.currentRevisionId))
    .where(visible)
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const translations = liveTranslationsOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    data: rows.map(({ id, createdAt, segmentCount, wordCount, ...row }) => ({
      ...row,
      segmentCount: segmentCount ?? 0,
      wordCount: wordCount ?? 0,
      createdAt: createdAt.toISOString(),
      translations: translations.get(id) ?? [],
    })),
    page,
    perPage,
    total,
  };
}
