import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { listArticlesOverview } from "@/lib/articles/list-articles-overview";
import { getT } from "@/lib/i18n/server";
import { languageName, textDirection } from "@/lib/languages";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = titledPage("manage:metaTitle");

/** Editors' overview of every article and the state of each translation. Others get 404. */
export default async function ManageArticlesPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/manage`);
  const articles = forPage(() => listArticlesOverview(getDb(), user));
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);

  return (
    <div className="page">
      <h1 id="articles-title">{t("manage:title")}</h1>
      <p className="lead">{t("manage:lead")}</p>
      <p>
        <Link className="button" href={`/${lng}/manage/import`}>
          {t("manage:importArticle")}
        </Link>{" "}
        <Link className="button button-quiet" href={`/${lng}/manage/glossary`}>
          {t("glossary:manageLink")}
        </Link>{" "}
        <Link className="button button-quiet" href={`/${lng}/manage/matrix`}>
          {t("manage:matrixLink")}
        </Link>{" "}
        <Link className="button button-quiet" href={`/${lng}/manage/memory`}>
          {t("tmx:manageLink")}
        </Link>
      </p>
      {articles.length === 0 ? (
        <p className="empty">{t("manage:empty")}</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="articles-title">
            <thead>
              <tr>
                <th scope="col">{t("manage:columns.title")}</th>
                <th scope="col">{t("manage:columns.source")}</th>
                <th scope="col">{t("manage:columns.size")}</th>
                <th scope="col">{t("manage:columns.translations")}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id}>
                  <td>
                    <Link
                      className="item-title"
                      href={`/${lng}/manage/articles/${article.slug}`}
                      lang={article.sourceLanguage}
                      dir={textDirection(article.sourceLanguage)}
                    >
                      {article.title}
                    </Link>
                    <ul className="tags">
                      {article.region && <li>{t("manage:region", { region: article.region })}</li>}
                      {article.sdgGoals.map((goal) => (
                        <li key={goal}>{t("manage:sdg", { goal: number.format(goal) })}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {languageName(article.sourceLanguage, lng)}
                    {article.revisionNumber !== null && (
                      <>
                        <br />
                        <small>{t("manage:revision", { number: number.format(article.revisionNumber) })}</small>
                      </>
                    )}
                  </td>
                  <td>
                    {t("words", { count: article.wordCount })}
                    <br />
                    <small>{t("manage:segments", { count: article.segmentCount })}</small>
                  </td>
                  <td>
                    {article.jobs.length === 0 ? (
                      t("manage:noJobs")
                    ) : (
                      <ul className="plain-list compact">
                        {article.jobs.map((job) => (
                          <li key={job.id}>
                            {job.assigneeName
                              ? t("manage:jobWithAssignee", {
                                  language: languageName(job.targetLanguage, lng),
                                  status: t(`jobStatus.${job.status}`),
                                  name: job.assigneeName,
                                })
                              : t("manage:job", {
                                  language: languageName(job.targetLanguage, lng),
                                  status: t(`jobStatus.${job.status}`),
                                })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
