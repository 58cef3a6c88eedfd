import { forPage } from "@/app/_lib/domain-errors";
import { formatDate, formatLanguageList } from "@/app/_lib/format";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { listUsers } from "@/lib/accounts/list-users";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = titledPage("admin:metaTitle");

/** Administrators' list of accounts. Issue #7 adds search, role changes and disabling. */
export default async function AdminPeoplePage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/admin`);
  const people = forPage(() => listUsers(getDb(), user));
  const t = getT(lng);
  const languages = (codes: string[]) => (codes.length === 0 ? t("notSet") : formatLanguageList(codes, lng));

  return (
    <div className="page">
      <h1 id="people-title">{t("admin:title")}</h1>
      <p className="lead">{t("admin:lead")}</p>
      <p>{t("admin:count", { count: people.length })}</p>
      <div className="table-scroll">
        <table aria-labelledby="people-title">
          <thead>
            <tr>
              <th scope="col">{t("admin:columns.name")}</th>
              <th scope="col">{t("admin:columns.email")}</th>
              <th scope="col">{t("admin:columns.role")}</th>
              <th scope="col">{t("admin:columns.translates")}</th>
              <th scope="col">{t("admin:columns.reviews")}</th>
              <th scope="col">{t("admin:columns.joined")}</th>
              <th scope="col">{t("admin:columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>{person.displayName}</td>
                <td>{person.email}</td>
                <td>{t(`roles.${person.role}`)}</td>
                <td>{languages(person.translateLanguages)}</td>
                <td>{languages(person.reviewLanguages)}</td>
                <td>{formatDate(person.createdAt, lng)}</td>
                <td>{person.disabled ? t("admin:disabled") : t("admin:active")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
