import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDateTime } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { titledPage } from "@/app/_lib/page-metadata";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { languageName, textDirection } from "@/lib/languages";
import { listReviewQueue, type ReviewQueueEntry } from "@/lib/workflow/list-review-queue";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = titledPage("review:metaTitle");

/** The reviewer's queue: reviews they hold, then submitted translations in their languages, oldest first. */
export default async function ReviewQueuePage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/review`);
  const queue = forPage(() => listReviewQueue(getDb(), user));
  const t = getT(lng);
  return (
    <div className="page">
      <h1>{t("review:title")}</h1>
      <p className="lead">
        {user.reviewLanguages.length > 0
          ? t("review:lead", { languages: user.reviewLanguages.map((code) => languageName(code, lng)).join(", ") })
          : t("review:noLanguages")}
      </p>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t("review:mine")}</h2>
        {queue.mine.length === 0 ? <p>{t("review:mineEmpty")}</p> : <QueueTable lng={lng} entries={queue.mine} labelledBy="mine-title" />}
      </section>
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t("review:waiting")}</h2>
        {queue.waiting.length === 0 ? (
          <p>{t("review:waitingEmpty")}</p>
        ) : (
          <QueueTable lng={lng} entries={queue.waiting} labelledBy="waiting-title" />
        )}
      </section>
    </div>
  );
}

function QueueTable({ lng, entries, labelledBy }: { lng: UiLanguage; entries: ReviewQueueEntry[]; labelledBy: string }) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  return (
    <div className="table-scroll">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t("review:columns.article")}</th>
            <th scope="col">{t("review:columns.languages")}</th>
            <th scope="col">{t("review:columns.words")}</th>
            <th scope="col">{t("review:columns.translator")}</th>
            <th scope="col">{t("review:columns.submitted")}</th>
            <th scope="col">{t("review:columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.jobId}>
              <td>
                <Link
                  href={`/${lng}/review/${entry.jobId}`}
                  lang={entry.sourceLanguage}
                  dir={textDirection(entry.sourceLanguage)}
                >
                  {entry.title}
                </Link>
              </td>
              <td>
                {t("work:languagePair", {
                  source: languageName(entry.sourceLanguage, lng),
                  target: languageName(entry.targetLanguage, lng),
                })}
              </td>
              <td className="numeric">{number.format(entry.words)}</td>
              <td translate="no">{entry.translatorName ?? "—"}</td>
              <td>
                {entry.submittedAt ? (
                  <time dateTime={entry.submittedAt.toISOString()}>{formatDateTime(entry.submittedAt, lng)}</time>
                ) : (
                  "—"
                )}
              </td>
              <td>
                {entry.status === "in_progress" ? t("review:backWithTranslator") : t(`jobStatus.${entry.status}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
