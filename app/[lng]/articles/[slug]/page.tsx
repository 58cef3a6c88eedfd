import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { pageLanguage } from "@/app/_lib/page-language";
import { getDb } from "@/db/client";
import { env, publicUrl } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { languageName, textDirection } from "@/lib/languages";
import { getPublicArticle } from "@/lib/publications/get-public-article";
import { articlePath, translationPath } from "@/lib/publications/public-paths";
import { articleBody } from "@/lib/publications/article-body";

type Props = { params: Promise<{ lng: string; slug: string }> };

// Metadata and page read the same article once per request.
const load = cache((slug: string) => getPublicArticle(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lng = await pageLanguage(params);
  const { slug } = await params;
  const article = load(slug);
  if (!article) return {};
  const sourcePath = articlePath(lng, slug);
  return {
    title: article.title,
    // hreflang alternates must be absolute URLs.
    metadataBase: new URL(publicUrl(env())),
    alternates: {
      canonical: sourcePath,
      languages: {
        [article.sourceLanguage]: sourcePath,
        ...Object.fromEntries(
          article.translations.map((translation) => [
            translation.language,
            translationPath(lng, slug, translation.language),
          ]),
        ),
        "x-default": sourcePath,
      },
    },
  };
}

/** An article's source, public, with links to its published translations. */
export default async function PublicArticlePage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { slug } = await params;
  const article = load(slug);
  if (!article) notFound();
  const t = getT(lng);
  const body = articleBody(article.html);
  const source = { lang: article.sourceLanguage, dir: textDirection(article.sourceLanguage) };

  return (
    <div className="page publication">
      <article {...source} className="published-article">
        {!body.hasTitle && <h1>{article.title}</h1>}
        {/* Rendered through the allowlist, and sanitized again with it here. */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: body.html }} />
      </article>

      <section aria-labelledby="translations-title" className="article-translations">
        <h2 id="translations-title">{t("publishing:article.translations")}</h2>
        {article.translations.length === 0 ? (
          <p className="empty">{t("publishing:article.noTranslations")}</p>
        ) : (
          <>
            <p>{t("publishing:article.translationsLead")}</p>
            <ul className="plain-list">
              {article.translations.map((translation) => (
                <li key={translation.language}>
                  <span lang={translation.language} dir={textDirection(translation.language)}>
                    {languageName(translation.language, translation.language)}
                  </span>{" "}
                  <span className="content-language-note">({languageName(translation.language, lng)})</span>
                  <br />
                  <Link
                    href={translationPath(lng, slug, translation.language)}
                    hrefLang={translation.language}
                    lang={translation.language}
                    dir={textDirection(translation.language)}
                  >
                    {translation.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
