import Link from "next/link";
import { formatDate, formatDue, formatRelativeTime } from "@/app/_lib/format";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { MatrixCell } from "@/lib/insights/editor-matrix";

type Props = {
  lng: UiLanguage;
  cell: MatrixCell;
  now: Date;
  /** The row's and column's headers: what each of the cell's links is about. */
  describedBy: string;
};

/** One translation: its state, progress in words, translator, due time, flags and links. */
export function MatrixCellView({ lng, cell, now, describedBy }: Props) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const progressId = `matrix-progress-${cell.jobId}`;
  const { words } = cell;
  const flagged = cell.publishedAt !== null || cell.outdated || cell.overdue || cell.dueSoon;
  return (
    <div className="matrix-cell">
      <p>
        <span className={`status status-${cell.status}`}>{t(`jobStatus.${cell.status}`)}</span>
      </p>
      {flagged && (
        <ul className="matrix-flags">
          {cell.publishedAt && (
            <li className="matrix-flag-online">
              {t("manage:matrix.flags.online", { date: formatDate(cell.publishedAt, lng) })}
            </li>
          )}
          {cell.publicationOutdated && <li className="badge">{t("manage:matrix.flags.publicationOutdated")}</li>}
          {cell.outdatedSegments > 0 && (
            <li className="badge">
              {t("manage:matrix.flags.outdatedSegments", {
                count: cell.outdatedSegments,
                number: number.format(cell.outdatedSegments),
              })}
            </li>
          )}
          {cell.overdue && <li className="badge">{t("manage:matrix.flags.overdue")}</li>}
          {cell.dueSoon && <li className="badge">{t("manage:matrix.flags.dueSoon")}</li>}
        </ul>
      )}
      <p id={progressId} className="matrix-progress">
        {t("manage:matrix.progress", {
          translated: number.format(words.translated),
          total: number.format(words.total),
          approved: number.format(words.approved),
        })}
      </p>
      <progress max={Math.max(1, words.total)} value={words.translated} aria-labelledby={progressId} />
      <p>
        {cell.assignee ? (
          <>
            {t("manage:matrix.translator")} <span translate="no">{cell.assignee.name}</span>
          </>
        ) : (
          t("manage:matrix.noTranslator")
        )}
      </p>
      {cell.dueAt && (
        <p>
          {t("manage:matrix.due")} <time dateTime={cell.dueAt.toISOString()}>{formatDue(cell.dueAt, lng)}</time>
          <br />
          <small>{formatRelativeTime(cell.dueAt, now, lng)}</small>
        </p>
      )}
      <p className="matrix-links">
        <Link href={`/${lng}/jobs/${cell.jobId}`} aria-describedby={describedBy}>
          {t("manage:matrix.openJob")}
        </Link>
        {cell.canReview && cell.status === "in_review" && (
          <Link href={`/${lng}/review/${cell.jobId}`} aria-describedby={describedBy}>
            {t("manage:matrix.openReview")}
          </Link>
        )}
      </p>
    </div>
  );
}
