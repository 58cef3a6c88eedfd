import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { expireClaims } from "@/lib/workflow/expire-claims";
import { formatLanguageList } from "@/app/_lib/format";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { countUsers } from "@/lib/accounts/list-users";
import { countArticles } from "@/lib/articles/list-articles-overview";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listMyActiveJobs, listOpenJobsForActor } from "@/lib/workflow/list-dashboard-jobs";
import { JobTable } from "./job-table";
import { ReviewerSection } from "./reviewer-section";
import { VolunteerImpact } from "./volunteer-impact";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = titledPage("dashboard:metaTitle");

/** What the signed-in person can do next, section by section for each role they hold. */
export default async function DashboardPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/dashboard`);
  const t = getT(lng);
  const db = getDb();
  // A claim past its due time is shown as open again, not as still yours.
  expireClaims(db);
  const submittedJobs = forPage(() => listMyActiveJobs(db, user)).filter((job) => job.status !== "in_progress");
  const openJobs = forPage(() => listOpenJobsForActor(db, user));
  const showTranslatorSections =
    user.role === "volunteer" || user.role === "reviewer" || user.translateLanguages.length > 0;
  const showReviewSection =
    can(user, "job:list-review") && (user.role === "reviewer" || user.reviewLanguages.length > 0);

  return (
    <div className="page">
      <h1>{t("dashboard:greeting", { name: user.displayName })}</h1>
      <p className="lead">{t("dashboard:role", { role: t(`roles.${user.role}`) })}</p>

      {/* Editors and administrators without languages of their own skip what only translators need. */}
      {showTranslatorSections && (
        <section className="card" aria-labelledby="languages-title">
          <h2 id="languages-title">{t("dashboard:languages.title")}</h2>
          {user.translateLanguages.length === 0 ? (
            <p>{t("dashboard:languages.none")}</p>
          ) : (
            <p>{t("dashboard:languages.translate", { languages: formatLanguageList(user.translateLanguages, lng) })}</p>
          )}
          {user.reviewLanguages.length > 0 && (
            <p>{t("dashboard:languages.review", { languages: formatLanguageList(user.reviewLanguages, lng) })}</p>
          )}
        </section>
      )}

      {showTranslatorSections && <VolunteerImpact lng={lng} user={user} />}

      {/* Claims in progress are in the impact card above, with their due times; these are past that. */}
      {submittedJobs.length > 0 && (
        <section aria-labelledby="my-work-title">
          <h2 id="my-work-title">{t("dashboard:myWork.title")}</h2>
          <JobTable lng={lng} jobs={submittedJobs} captionId="my-work-title" linkJobs />
          <p>
            <Link href={`/${lng}/work`}>{t("work:dashboard.myWorkLink")}</Link>
          </p>
        </section>
      )}

      {showTranslatorSections && (
        <section aria-labelledby="open-work-title">
          <h2 id="open-work-title">{t("dashboard:openWork.title")}</h2>
          <p>{t("dashboard:openWork.lead")}</p>
          {openJobs.length === 0 ? (
            <p className="empty">{t("dashboard:openWork.empty")}</p>
          ) : (
            <JobTable lng={lng} jobs={openJobs} captionId="open-work-title" />
          )}
          <p>
            <Link href={`/${lng}/work`}>{t("work:dashboard.openLink")}</Link>
          </p>
        </section>
      )}

      {showReviewSection && <ReviewerSection lng={lng} user={user} />}

      {can(user, "article:manage") && (
        <section className="card" aria-labelledby="articles-title">
          <h2 id="articles-title">{t("dashboard:editor.title")}</h2>
          <p>{t("dashboard:editor.summary", { count: forPage(() => countArticles(db, user)) })}</p>
          <p>
            <Link href={`/${lng}/manage`}>{t("dashboard:editor.link")}</Link>
          </p>
          <p>
            <Link href={`/${lng}/manage/matrix`}>{t("manage:matrixLink")}</Link>
          </p>
        </section>
      )}

      {can(user, "user:manage") && (
        <section className="card" aria-labelledby="people-title">
          <h2 id="people-title">{t("dashboard:admin.title")}</h2>
          <p>{t("dashboard:admin.summary", { count: forPage(() => countUsers(db, user)) })}</p>
          <p>
            <Link href={`/${lng}/admin`}>{t("dashboard:admin.link")}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
