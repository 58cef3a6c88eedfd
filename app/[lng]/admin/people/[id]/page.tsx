import Link from "next/link";
import { notFound } from "next/navigation";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDate, languageOptions } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { ROLES } from "@/db/enums";
import { getPerson } from "@/lib/admin/get-person";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { changeRoleAction, setDisabledAction, setLanguagesAction } from "../../actions";
import { adminPageTitle } from "../../admin-metadata";
import { AdminNav } from "../../admin-nav";
import { LanguagesForm } from "./languages-form";
import { RoleForm } from "./role-form";
import { StatusForm } from "./status-form";

type Props = { params: Promise<{ lng: string; id: string }> };

export const generateMetadata = adminPageTitle("admin:person.metaTitle");

/** One person's account: role, languages, and whether it is enabled. Administrators only. */
export default async function PersonPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const user = await requireUser(lng, `/${lng}/admin/people/${id}`);
  const person = forPage(() => getPerson(getDb(), user, { userId: Number(id) }));
  const t = getT(lng);
  // Every content language, not only those offered: people keep languages an article may still need.
  const languages = languageOptions(CONTENT_LANGUAGES, lng);
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <div className="page narrow">
      <AdminNav lng={lng} t={t} current="people" />
      <p>
        <Link href={`/${lng}/admin`}>{t("admin:person.back")}</Link>
      </p>
      <h1 translate="no">{person.displayName}</h1>
      <p className="lead">
        {t("admin:person.summary", { email: person.email, date: formatDate(person.createdAt, lng) })}
      </p>
      {person.isSelf && <p className="alert alert-info">{t("admin:person.you")}</p>}
      <p>
        <Link href={`/${lng}/admin/audit?actor=${person.id}`}>{t("admin:person.activity")}</Link>
      </p>

      <section aria-labelledby="role-title" className="card">
        <h2 id="role-title">{t("admin:person.roleTitle")}</h2>
        {person.isSelf ? (
          <p>
            {t(`roles.${person.role}`)}. {t("admin:person.roleOwn")}
          </p>
        ) : (
          <>
            <p>{t("admin:person.roleLead")}</p>
            <RoleForm action={changeRoleAction.bind(null, lng, person.id)} role={person.role} roles={roles} />
          </>
        )}
      </section>

      <section aria-labelledby="languages-title" className="card">
        <h2 id="languages-title">{t("admin:person.languagesTitle")}</h2>
        <p>{t("admin:person.languagesLead")}</p>
        <LanguagesForm
          action={setLanguagesAction.bind(null, lng, person.id)}
          languages={languages}
          translateLanguages={person.translateLanguages}
          reviewLanguages={person.reviewLanguages}
        />
      </section>

      <section aria-labelledby="status-title" className="card">
        <h2 id="status-title">{t("admin:person.statusTitle")}</h2>
        <p>{person.disabled ? t("admin:person.statusDisabled") : t("admin:person.statusActive")}</p>
        {person.isSelf ? (
          <p>{t("admin:person.disableOwn")}</p>
        ) : (
          <>
            {!person.disabled && <p>{t("admin:person.disableLead")}</p>}
            <StatusForm action={setDisabledAction.bind(null, lng, person.id)} disabled={person.disabled} />
          </>
        )}
      </section>
    </div>
  );
}
