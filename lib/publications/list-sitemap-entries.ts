// What /sitemap.xml lists: every live publication and the source article it translates, each with
// the others as its language alternates.
import { asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs, publications, sourceRevisions } from "@/db/schema";
import { articlePath, translationPath } from "./public-paths";

/** One <url> of the sitemap; the shape of Next's MetadataRoute.Sitemap items. */
export type SitemapEntry = {
  url: string;
  lastModified: Date;
  alternates: { languages: Record<string, string> };
};

export type SitemapOptions = {
  /** Absolute origin the URLs start with, e.g. https://tandem.example.org. */
  baseUrl: string;
  /** The interface language in the URLs' first segment. */
  uiLanguage: string;
};

/**
 * The public pages of every article with at least one live publication: the source page first,
 * then each translation. Articles nobody has translated yet are left out: their page lists nothing.
 */
export function listSitemapEntries(db: Db, options: SitemapOptions): SitemapEntry[] {
  const rows = db
    .select({
      slug: articles.slug,
      sourceLanguage: articles.sourceLanguage,
      sourceModifiedAt: sourceRevisions.createdAt,
      language: jobs.targetLanguage,
      publishedAt: publications.publishedAt,
    })
    .from(publications)
    .innerJoin(jobs, eq(jobs.id, publications.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .innerJoin(sourceRevisions, eq(sourceRevisions.id, articles.currentRevisionId))
    .where(isNull(publications.unpublishedAt))
    .orderBy(asc(articles.slug), asc(jobs.targetLanguage))
    .all();

  const base = options.baseUrl.replace(/\/+$/, "");
  const url = (path: string) => `${base}${path}`;
  const bySlug = new Map<string, typeof rows>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  return [...bySlug.values()].flatMap((translations) => {
    const first = translations[0]!;
    const sourceUrl = url(articlePath(options.uiLanguage, first.slug));
    const languages: Record<string, string> = {
      [first.sourceLanguage]: sourceUrl,
      ...Object.fromEntries(
        translations.map((row) => [row.language, url(translationPath(options.uiLanguage, row.slug, row.language))]),
      ),
      // Readers whose language has no version get the original.
      "x-default": sourceUrl,
    };
    return [
      { url: sourceUrl, lastModified: first.sourceModifiedAt, alternates: { languages } },
      ...translations.map((row) => ({
        url: languages[row.language]!,
        lastModified: row.publishedAt,
        alternates: { languages },
      })),
    ];
  });
}
