import Link from "next/link";
import { TaggedText } from "@/app/_components/tagged-text";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDateTime, languageOptions } from "@/app/_lib/format";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getArticleSource } from "@/lib/articles/get-article-source";
import { listJobPublications } from "@/lib/publications/manage-publications";
import { translationPath } from "@/lib/publications/public-paths";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANGUAGES, languageName, textDirection } from "@/lib/languages";
import { ImportWarningsList } from "./import-warnings-list";
import { OpenLanguagesForm } from "./open-languages-form";
import { PublicationControls } from "./publication-controls";
import { UpdateSourceForm } from "./update-source-form";

type Props = { params: Promise<{ lng: string; slug: string }> };

export const generateMetadata = titledPage("manage:article.metaTitle");

/** An article's source as Tandem split it, before and after it is opened for translation. */
export default async function ArticleSourcePage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { slug } = await params;
  const user = await requireUser(lng, `/${lng}/manage/articles/${slug}`);
  const article = forPage(() => getArticleSource(getDb(), user, slug));
  const publishing = forPage(() => listJobPublications(getDb(), user, slug));
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const words = article.segments.reduce((sum, segment) => sum + segment.words, 0);
  const source = { lang: article.sourceLanguage, dir: textDirection(article.sourceLanguage) };
  const opened = new Set(article.jobs.map((job) => job.targetLanguage));
  const closedLanguages = languageOptions(
    CONTENT_LANGUAGES.filter((code) => code !== article.sourceLanguage && !opened.has(code)),
    lng,
  );

  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/manage`}>{t("manage:backToArticles")}</Link>
      </p>
      <h1 {...source}>{article.title}</h1>
      <p className="lead">
        {t("manage:article.summary", {
          language: languageName(article.sourceLanguage, lng),
          number: number.format(article.revision.number),
          format: t(`manage:source.formats.${article.revision.format}`),
          date: formatDateTime(article.revision.createdAt, lng),
        })}{" "}
        {t("words", { count: words })} · {t("manage:segments", { count: article.segments.length })}
      </p>

      {article.revision.warnings.length > 0 && <ImportWarningsList lng={lng} warnings={article.revision.warnings} />}

      <section aria-labelledby="translations-title">
        <h2 id="translations-title">{t("manage:article.translations")}</h2>
        {publishing.length === 0 ? (
          <p>{t("manage:noJobs")}</p>
        ) : (
          <ul className="plain-list job-publications">
            {publishing.map((job) => (
              <li key={job.jobId}>
                <div className="job-publication">
                  <span>
                    {t("manage:job", {
                      language: languageName(job.targetLanguage, lng),
                      status: t(`jobStatus.${job.status}`),
                    })}
                    {job.live && job.updateInProgress && (
                      <span className="badge">{t("publishing:manage.updateInProgress")}</span>
                    )}
                  </span>
                  {job.live && (
                    <small>
                      {t("publishing:manage.published", { date: formatDateTime(job.live.publishedAt, lng) })} ·{" "}
                      <Link href={translationPath(lng, article.slug, job.targetLanguage)}>
                        {t("publishing:manage.view", { language: languageName(job.targetLanguage, lng) })}
                      </Link>
                    </small>
                  )}
                  {job.live && job.updateInProgress && <small>{t("publishing:manage.updateInProgressHint")}</small>}
                </div>
                {/* Kept after unpublishing, so the outcome stays announced where the button was. */}
                {(job.canPublish || job.canUnpublish || job.publishedBefore) && (
                  <PublicationControls
                    lng={lng}
                    jobId={job.jobId}
                    canPublish={job.canPublish}
                    canUnpublish={job.canUnpublish}
                    republish={job.publishedBefore}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {closedLanguages.length > 0 && (
          <OpenLanguagesForm lng={lng} articleId={article.id} languages={closedLanguages} />
        )}
      </section>

      <section aria-labelledby="segments-title">
        <h2 id="segments-title">{t("manage:article.segmentsTitle")}</h2>
        <p>{t("manage:article.segmentsLead")}</p>
        <div className="table-scroll">
          <table aria-labelledby="segments-title" className="segments-table">
            <thead>
              <tr>
                <th scope="col">{t("manage:article.columns.number")}</th>
                <th scope="col">{t("manage:article.columns.kind")}</th>
                <th scope="col">{t("manage:article.columns.text")}</th>
                <th scope="col">{t("manage:article.columns.words")}</th>
              </tr>
            </thead>
            <tbody>
              {article.segments.map((segment) => (
                <tr
                  key={segment.id}
                  className={segment.previousText !== null || segment.isNew ? "segment-changed" : undefined}
                >
                  <td>{number.format(segment.position + 1)}</td>
                  <td>{t(`common:blockKind.${segment.kind}`)}</td>
                  <td>
                    <span {...source} className="segment-text">
                      <TaggedText text={segment.text} tags={segment.tags} />
                    </span>
                    {segment.isNew && <span className="badge">{t("manage:article.new")}</span>}
                    {segment.previousText !== null && (
                      <p className="segment-previous">
                        <span className="badge">{t("manage:article.changed")}</span> {t("manage:article.before")}{" "}
                        <del {...source}>{segment.previousText}</del>
                      </p>
                    )}
                  </td>
                  <td>{number.format(segment.words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="update-title">
        <h2 id="update-title">{t("manage:update.title")}</h2>
        <p>{t("manage:update.lead")}</p>
        <UpdateSourceForm lng={lng} articleId={article.id} />
      </section>
    </div>
  );
}
