import Link from "next/link";
import { formatDateTime } from "@/app/_lib/format";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { languageName, textDirection } from "@/lib/languages";
import type { JobSummary } from "@/lib/workflow/list-dashboard-jobs";

type Props = {
  lng: UiLanguage;
  jobs: JobSummary[];
  captionId: string;
  /** Each title links to its job in the translation editor (for the user's own jobs). */
  linkJobs?: boolean;
};

export function JobTable({ lng, jobs, captionId, linkJobs = false }: Props) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  return (
    <div className="table-scroll">
      <table aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t("dashboard:jobs.article")}</th>
            <th scope="col">{t("dashboard:jobs.language")}</th>
            <th scope="col" className="numeric">
              {t("dashboard:jobs.words")}
            </th>
            <th scope="col">{t("dashboard:jobs.status")}</th>
            <th scope="col">{t("dashboard:jobs.due")}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <td lang={job.sourceLanguage} dir={textDirection(job.sourceLanguage)}>
                {linkJobs ? <Link href={`/${lng}/jobs/${job.id}`}>{job.articleTitle}</Link> : job.articleTitle}
              </td>
              <td>{languageName(job.targetLanguage, lng)}</td>
              <td className="numeric">{number.format(job.wordCount)}</td>
              <td>
                <span className={`status status-${job.status}`}>{t(`jobStatus.${job.status}`)}</span>
              </td>
              <td>
                {job.dueAt ? (
                  <time dateTime={job.dueAt.toISOString()}>{formatDateTime(job.dueAt, lng)}</time>
                ) : (
                  t("notSet")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
