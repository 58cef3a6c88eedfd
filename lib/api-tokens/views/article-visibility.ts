import { isNotNull, sql, type SQL } from "drizzle-orm";
import { articles, jobs } from "@/db/schema";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/permissions";

/**
 * The articles the actor may see, as a condition on `articles`: editors see every article; anyone
 * else (and anyone at all on the public pages) those opened for translation, as getPublicArticle
 * decides: before that an editor is still checking how it was split.
 */
export function visibleArticles(actor: Actor): SQL {
  const imported = isNotNull(articles.currentRevisionId);
  if (can(actor, "article:manage")) return imported;
  return sql`${imported} and exists (select 1 from ${jobs} where ${jobs.articleId} = ${articles.id})`;
}
