import Link from "next/link";
import { formatLanguageList } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import { languageName, textDirection } from "@/lib/languages";
import { listArticlesNeedingTranslators, listRecentPublications } from "@/lib/publications/list-public";

const STEPS = ["import", "translate", "review", "publish"] as const;

export default async function LandingPage({ params }: { params: Promise<{ lng: string }> }) {
  const lng = await pageLanguage(params);
  const t = getT(lng);
  const user = await getCurrentUser();
  const db = getDb();
  const published = listRecentPublications(db);
  const needed = listArticlesNeedingTranslators(db);

  return (
    <div className="landing">
      <section className="hero">
        <h1>{t("landing:title")}</h1>
        <p className="lead">{t("landing:lead")}</p>
        <p className="actions">
          {user ? (
            <Link className="button button-large" href={`/${lng}/dashboard`}>
              {t("landing:cta.dashboard")}
            </Link>
          ) : (
            <>
              <Link className="button button-large" href={`/${lng}/sign-up`}>
                {t("landing:cta.join")}
              </Link>
              <Link className="button button-large button-quiet" href={`/${lng}/sign-in`}>
                {t("landing:cta.signIn")}
              </Link>
            </>
          )}
        </p>
      </section>

      <section className="page" aria-labelledby="how-title">
        <h2 id="how-title">{t("landing:how.title")}</h2>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step} className="card">
              <h3>{t(`landing:how.${step}.title`)}</h3>
              <p>{t(`landing:how.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <div className="page two-columns">
        <section aria-labelledby="published-title">
          <h2 id="published-title">{t("landing:published.title")}</h2>
          {published.length === 0 ? (
            <p className="empty">{t("landing:published.empty")}</p>
          ) : (
            <ul className="plain-list">
              {published.map((item) => (
                <li key={`${item.slug}-${item.targetLanguage}`}>
                  <Link
                    href={`/${lng}/a/${item.slug}/${item.targetLanguage}`}
                    hrefLang={item.targetLanguage}
                    lang={item.targetLanguage}
                    dir={textDirection(item.targetLanguage)}
                  >
                    {item.title}
                  </Link>
                  <br />
                  <small>
                    {t("landing:published.credit", {
                      language: languageName(item.targetLanguage, lng),
                      volunteers: new Intl.ListFormat(lng, { type: "conjunction" }).format(item.volunteerNames),
                    })}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="needed-title">
          <h2 id="needed-title">{t("landing:needed.title")}</h2>
          {needed.length === 0 ? (
            <p className="empty">{t("landing:needed.empty")}</p>
          ) : (
            <ul className="plain-list">
              {needed.map((article) => (
                <li key={article.slug}>
                  <span className="item-title" translate="no">
                    {article.title}
                  </span>
                  <br />
                  <small>
                    {t("landing:needed.languages", { languages: formatLanguageList(article.languages, lng) })}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
