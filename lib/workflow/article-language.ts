import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { articles } from "@/db/schema";

/** The language an article is written in (the source language of all its jobs). */
export function articleLanguage(db: Db | Tx, articleId: number): string {
  const article = db.select({ language: articles.sourceLanguage }).from(articles).where(eq(articles.id, articleId)).get();
  // Jobs reference their article with a foreign key: a missing one is a broken database, not input.
  if (!article) throw new Error(`article ${articleId} not found`);
  return article.language;
}
