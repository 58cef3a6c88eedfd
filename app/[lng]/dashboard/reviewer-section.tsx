import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDate } from "@/app/_lib/format";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { listRecentReviews } from "@/lib/insights/recent-reviews";
import { reviewQueueSizes } from "@/lib/insights/review-queue-sizes";
import { languageName, textDirection } from "@/lib/languages";

type Props = { lng: UiLanguage; user: Actor };

/**
 * The reviewer's part of the dashboard: the queue in numbers per language, and their recent reviews.
 * Renders nothing for someone who may not review, so the dashboard can include it for everyone.
 */
export async function ReviewerSection({ lng, user }: Props) {
  if (!can(user, "job:list-review")) return null;
  const db = getDb();
  const { sizes, recent } = forPage(() => ({
    sizes: reviewQueueSizes(db, user),
    recent: listRecentReviews(db, user),
  }));
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const score = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });

  return (
    <section className="card" aria-labelledby="reviewer-title">
      <h2 id="reviewer-title">{t("dashboard:reviewer.title")}</h2>
      {sizes.length === 0 ? (
        <p>{t("dashboard:reviewer.noLanguages")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t("dashboard:reviewer.queueCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard:reviewer.columns.language")}</th>
                <th scope="col" className="numeric">
                  {t("dashboard:reviewer.columns.waiting")}
                </th>
                <th scope="col" className="numeric">
                  {t("dashboard:reviewer.columns.taken")}
                </th>
                <th scope="col" className="numeric">
                  {t("dashboard:reviewer.columns.sentBack")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sizes.map((size) => (
                <tr key={size.language}>
                  <th scope="row">{languageName(size.language, lng)}</th>
                  <td className="numeric">{number.format(size.waiting)}</td>
                  <td className="numeric">{number.format(size.takenByYou)}</td>
                  <td className="numeric">{number.format(size.sentBack)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href={`/${lng}/review`}>{t("dashboard:reviewer.openQueue")}</Link>
      </p>

      <h3>{t("dashboard:reviewer.recentTitle")}</h3>
      {recent.length === 0 ? (
        <p className="empty">{t("dashboard:reviewer.recentEmpty")}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption>{t("dashboard:reviewer.recentCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard:reviewer.recentColumns.article")}</th>
                  <th scope="col">{t("dashboard:reviewer.recentColumns.language")}</th>
                  <th scope="col">{t("dashboard:reviewer.recentColumns.outcome")}</th>
                  <th scope="col" className="numeric">
                    {t("dashboard:reviewer.recentColumns.score")}
                  </th>
                  <th scope="col">{t("dashboard:reviewer.recentColumns.finished")}</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((review) => (
                  <tr key={review.reviewId}>
                    <td lang={review.sourceLanguage} dir={textDirection(review.sourceLanguage)}>
                      {review.canOpen ? (
                        <Link href={`/${lng}/review/${review.jobId}`}>{review.title}</Link>
                      ) : (
                        review.title
                      )}
                    </td>
                    <td>{languageName(review.targetLanguage, lng)}</td>
                    <td>{t(`dashboard:reviewer.outcomes.${review.outcome}`)}</td>
                    <td className="numeric">
                      {review.score === null ? t("dashboard:reviewer.notScored") : score.format(review.score)}
                    </td>
                    <td>
                      <time dateTime={review.finishedAt.toISOString()}>{formatDate(review.finishedAt, lng)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t("dashboard:reviewer.scoreHint", { words: number.format(1000) })}</p>
        </>
      )}
    </section>
  );
}
