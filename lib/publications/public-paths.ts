// Where the public pages live (docs/architecture.md, "URLs"): the pages, the sitemap and the editor's
// links all build their addresses here, so they cannot disagree.

/** The source article and the list of its published translations. */
export function articlePath(lng: string, slug: string): string {
  return `/${lng}/articles/${slug}`;
}

/** One published translation of an article. */
export function translationPath(lng: string, slug: string, targetLanguage: string): string {
  return `/${lng}/a/${slug}/${targetLanguage}`;
}
