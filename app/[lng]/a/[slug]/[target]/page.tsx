import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { getDb } from "@/db/client";
import { env, publicUrl } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { languageName, textDirection } from "@/lib/languages";
import { getPublishedTranslation, type PublicTranslation } from "@/lib/publications/get-published-translation";
import { articlePath, translationPath } from "@/lib/publications/public-paths";
import { articleBody } from "@/lib/publications/article-body";

type Props = { params: Promise<{ lng: string; slug: string; target: string }> };

// Metadata and page read the same publication once per request.
const load = cache((slug: string, target: string) => getPublishedTranslation(getDb(), slug, target));

/** The source page and every published language, as hreflang alternates: one list for head and switcher. */
function alternatePaths(lng: string, publication: PublicTranslation): Record<string, string> {
  const { slug, sourceLanguage } = publication.article;
  const languages = [publication.targetLanguage, ...publication.otherLanguages.map((other) => other.language)].sort();
  return {
    [sourceLanguage]: articlePath(lng, slug),
    ...Object.fromEntries(languages.map((code) => [code, translationPath(lng, slug, code)])),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lng = await pageLanguage(params);
  const { slug, target } = await params;
  const publication = load(slug, target);
  if (!publication) return {};
  return {
    title: publication.title,
    // hreflang alternates must be absolute URLs.
    metadataBase: new URL(publicUrl(env())),
    alternates: {
      canonical: translationPath(lng, slug, target),
      languages: { ...alternatePaths(lng, publication), "x-default": articlePath(lng, slug) },
    },
  };
}

/** A published translation, public: the article in the target language, credited to its volunteers. */
export default async function PublishedTranslationPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { slug, target } = await params;
  const publication = load(slug, target);
  if (!publication) notFound();
  const t = getT(lng);
  const body = articleBody(publication.html);
  const { article } = publication;
  const switcher = [
    { code: article.sourceLanguage, href: articlePath(lng, slug), original: true },
    ...Object.entries(alternatePaths(lng, publication))
      .filter(([code]) => code !== article.sourceLanguage)
      .map(([code, href]) => ({ code, href, original: false })),
  ];

  return (
    <div className="page publication">
      <nav aria-label={t("publishing:page.languages")} className="content-languages">
        <ul>
          {switcher.map(({ code, href, original }) => (
            <li key={code}>
              {code === target ? (
                <span aria-current="page" lang={code} dir={textDirection(code)}>
                  {languageName(code, code)}
                </span>
              ) : (
                <Link href={href} hrefLang={code} lang={code} dir={textDirection(code)}>
                  {languageName(code, code)}
                </Link>
              )}
              {original && <span className="content-language-note"> ({t("publishing:page.original")})</span>}
            </li>
          ))}
        </ul>
      </nav>

      {publication.updateInProgress && (
        <p role="status" className="alert alert-info">
          {t("publishing:page.updateInProgress")}
        </p>
      )}

      <article lang={target} dir={textDirection(target)} className="published-article">
        {!body.hasTitle && (
          <h1 lang={publication.titleLanguage} dir={textDirection(publication.titleLanguage)}>
            {publication.title}
          </h1>
        )}
        {/* Sanitized when it was rendered, and again here with the same allowlist. */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: body.html }} />
        <p className="credit" lang={target}>
          {publication.creditLine}
        </p>
      </article>
      <p className="publication-date">
        {t("publishing:page.publishedOn", { date: formatDate(publication.publishedAt, lng) })}
      </p>
    </div>
  );
}
