import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDate, formatDue, formatRelativeTime } from "@/app/_lib/format";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { languageName, textDirection } from "@/lib/languages";
import { contributionOf, hasContribution, type Contribution } from "@/lib/recognition/contribution";
import { hoursText } from "@/lib/recognition/hours-text";
import { certificatePath, profileSettingsPath, volunteerProfilePath } from "@/lib/recognition/paths";
import { isProfilePublic } from "@/lib/recognition/profile-visibility";
import { listMyActiveJobs, type JobSummary } from "@/lib/workflow/list-dashboard-jobs";
import { ContributionFigures } from "../volunteers/contribution-figures";
import { PublishedList } from "../volunteers/published-list";
import "../volunteers/recognition.css";

type Props = { lng: UiLanguage; user: Actor };

/** A claim due within this time is highlighted: a day is what a volunteer needs to finish or extend. */
const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/**
 * The volunteer's part of the dashboard: the claims they hold with their due times, their words
 * translated and approved, what reviewers said, the articles they helped publish, and the way to
 * their certificate and public profile.
 */
export async function VolunteerImpact({ lng, user }: Props) {
  const db = getDb();
  const now = new Date();
  const { contribution, claims, isPublic } = forPage(() => ({
    contribution: contributionOf(db, user.id),
    claims: listMyActiveJobs(db, user).filter((job) => job.status === "in_progress"),
    isPublic: isProfilePublic(db, user.id),
  }));
  const t = getT(lng);

  return (
    <section className="card" aria-labelledby="impact-title">
      <h2 id="impact-title">{t("recognition:impact.title")}</h2>
      <Claims lng={lng} claims={claims} now={now} />
      <Figures lng={lng} contribution={contribution} />
      <Feedback lng={lng} contribution={contribution} />
      <Published lng={lng} contribution={contribution} />

      <h3 id="impact-recognition-title">{t("recognition:impact.recognition.title")}</h3>
      <p className="recognition-links">
        {hasContribution(contribution) && (
          <a href={certificatePath(lng)} download className="button">
            {t("recognition:impact.recognition.certificate")}
          </a>
        )}
        {isPublic ? (
          <Link href={volunteerProfilePath(lng, user.id)}>{t("recognition:impact.recognition.profile")}</Link>
        ) : (
          <Link href={profileSettingsPath(lng)}>{t("recognition:impact.recognition.makePublic")}</Link>
        )}
      </p>
    </section>
  );
}

function Claims({ lng, claims, now }: { lng: UiLanguage; claims: JobSummary[]; now: Date }) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  return (
    <>
      <h3 id="impact-claims-title">{t("recognition:impact.claims.title")}</h3>
      {claims.length === 0 ? (
        <p className="empty">
          {t("recognition:impact.claims.empty")}{" "}
          <Link href={`/${lng}/work`}>{t("recognition:impact.claims.findWork")}</Link>
        </p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="impact-claims-title">
            <thead>
              <tr>
                <th scope="col">{t("recognition:impact.claims.article")}</th>
                <th scope="col">{t("recognition:impact.claims.language")}</th>
                <th scope="col" className="numeric">
                  {t("recognition:impact.claims.words")}
                </th>
                <th scope="col">{t("recognition:impact.claims.due")}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((job) => {
                const left = job.dueAt ? job.dueAt.getTime() - now.getTime() : null;
                const pastDue = left !== null && left < 0;
                const dueSoon = left !== null && left >= 0 && left <= DUE_SOON_MS;
                return (
                  <tr key={job.id} className={dueSoon || pastDue ? "claim-due-soon" : undefined}>
                    <td lang={job.sourceLanguage} dir={textDirection(job.sourceLanguage)}>
                      <Link href={`/${lng}/jobs/${job.id}`}>{job.articleTitle}</Link>
                    </td>
                    <td>{languageName(job.targetLanguage, lng)}</td>
                    <td className="numeric">{number.format(job.wordCount)}</td>
                    <td>
                      {job.dueAt
                        ? t("recognition:impact.claims.dueAt", {
                            date: formatDue(job.dueAt, lng),
                            relative: formatRelativeTime(job.dueAt, now, lng),
                          })
                        : t("notSet")}
                      {(dueSoon || pastDue) && (
                        <span className="due-soon">
                          {pastDue ? t("recognition:impact.claims.pastDue") : t("recognition:impact.claims.dueSoon")}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Figures({ lng, contribution }: { lng: UiLanguage; contribution: Contribution }) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const { firstContributionAt: first, lastContributionAt: last } = contribution;
  return (
    <>
      <h3>{t("recognition:impact.figuresTitle")}</h3>
      {contribution.wordsTranslated === 0 ? (
        <p className="empty">{t("recognition:impact.none")}</p>
      ) : (
        <>
          <ContributionFigures
            figures={[
              { label: t("recognition:impact.wordsTranslated"), value: number.format(contribution.wordsTranslated) },
              { label: t("recognition:impact.wordsApproved"), value: number.format(contribution.wordsApproved) },
              { label: t("recognition:impact.time"), value: hoursText(contribution.estimatedHours, lng), text: true },
            ]}
          />
          {first && last && (
            <p className="contribution-note">
              {t("recognition:impact.period", { first: formatDate(first, lng), last: formatDate(last, lng) })}
            </p>
          )}
        </>
      )}
    </>
  );
}

function Feedback({ lng, contribution }: { lng: UiLanguage; contribution: Contribution }) {
  const t = getT(lng);
  const { count, latest } = contribution.feedback;
  return (
    <>
      <h3>{t("recognition:impact.feedback.title")}</h3>
      {count === 0 ? (
        <p className="empty">{t("recognition:impact.feedback.empty")}</p>
      ) : (
        <>
          <p>{t("recognition:impact.feedback.count", { count, number: new Intl.NumberFormat(lng).format(count) })}</p>
          <ul className="recognition-list">
            {latest.map((comment) => (
              <li key={comment.commentId}>
                <span className="badge feedback-badge">
                  {comment.category && comment.severity
                    ? t("recognition:impact.feedback.classified", {
                        category: t(`common:errorCategory.${comment.category}`),
                        severity: t(`common:errorSeverity.${comment.severity}`),
                      })
                    : t("recognition:impact.feedback.general")}
                </span>
                {/* Written by the reviewer, in whatever language they chose. */}
                <p className="feedback-body" translate="no" dir="auto">
                  {comment.body}
                </p>
                <span className="recognition-context">
                  <span lang={comment.sourceLanguage} dir={textDirection(comment.sourceLanguage)}>
                    {comment.articleTitle}
                  </span>{" "}
                  {t("recognition:impact.feedback.context", {
                    language: languageName(comment.targetLanguage, lng),
                    date: formatDate(comment.createdAt, lng),
                  })}
                  {comment.canOpenJob && (
                    <>
                      {" "}
                      <Link href={`/${lng}/jobs/${comment.jobId}`}>{t("recognition:impact.feedback.open")}</Link>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Published({ lng, contribution }: { lng: UiLanguage; contribution: Contribution }) {
  const t = getT(lng);
  return (
    <>
      <h3>{t("recognition:impact.published.title")}</h3>
      {contribution.publications.length === 0 ? (
        <p className="empty">{t("recognition:impact.published.empty")}</p>
      ) : (
        <PublishedList lng={lng} publications={contribution.publications} />
      )}
    </>
  );
}
