import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { env, publicUrl } from "@/lib/env";
import { FALLBACK_LANGUAGE } from "@/lib/i18n/settings";
import { listSitemapEntries } from "@/lib/publications/list-sitemap-entries";

// Publications change while the server runs: the sitemap is built per request, never at build time
// (the build's database is not the one being served).
export const dynamic = "force-dynamic";

/** Every public page: each article with a live translation, and its translations, with alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return listSitemapEntries(getDb(), {
    baseUrl: publicUrl(env()),
    // Each page exists once per interface language (/en/…, /es/…) with the same content. The sitemap
    // lists one of them, the fallback interface language (English), so search engines index one
    // address per content language; the hreflang alternates then point at the article's languages.
    uiLanguage: FALLBACK_LANGUAGE,
  });
}
