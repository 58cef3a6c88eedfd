import Link from "next/link";
import { SelectField, TextField } from "@/app/_components/text-field";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDate, formatLanguageList } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { ROLES } from "@/db/enums";
import { listUsers } from "@/lib/accounts/list-users";
import { getT } from "@/lib/i18n/server";
import { ACCOUNT_STATUSES, PEOPLE_SEARCH_MAX } from "@/lib/validation/admin-schemas";
import { adminPageTitle } from "./admin-metadata";
import { AdminNav } from "./admin-nav";
import { Pagination } from "./pagination";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = adminPageTitle("admin:metaTitle");

/**
 * Administrators' list of accounts: a plain GET form searches by name or e-mail and filters by role
 * and status (it works before any script has loaded); each person links to their own page.
 */
export default async function AdminPeoplePage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/admin`);
  const rawQuery = await searchParams;
  const listing = forPage(() => listUsers(getDb(), user, rawQuery));
  const { query } = listing;
  const t = getT(lng);
  const languages = (codes: string[]) => (codes.length === 0 ? t("notSet") : formatLanguageList(codes, lng));
  const filtered = query.q !== undefined || query.role !== undefined || query.status !== undefined;

  return (
    <div className="page">
      <AdminNav lng={lng} t={t} current="people" />
      <h1 id="people-title">{t("admin:title")}</h1>
      <p className="lead">{t("admin:lead")}</p>

      <form method="get" action={`/${lng}/admin`} role="search" aria-label={t("admin:search.label")} className="card">
        <TextField
          name="q"
          type="search"
          label={t("admin:search.query")}
          hint={t("admin:search.queryHint")}
          defaultValue={query.q ?? ""}
          maxLength={PEOPLE_SEARCH_MAX}
          enterKeyHint="search"
        />
        <div className="two-columns">
          <SelectField
            name="role"
            label={t("admin:search.role")}
            defaultValue={query.role ?? ""}
            options={[
              { value: "", label: t("admin:search.anyRole") },
              ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
            ]}
          />
          <SelectField
            name="status"
            label={t("admin:search.status")}
            defaultValue={query.status ?? ""}
            options={[
              { value: "", label: t("admin:search.anyStatus") },
              ...ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`admin:${status}`) })),
            ]}
          />
        </div>
        <p className="button-row">
          <button type="submit" className="button">
            {t("admin:search.submit")}
          </button>
          {filtered && (
            <Link className="button button-quiet" href={`/${lng}/admin`}>
              {t("admin:search.clear")}
            </Link>
          )}
        </p>
      </form>

      <p role="status">
        {filtered ? t("admin:matching", { count: listing.matching }) : t("admin:count", { count: listing.matching })}
      </p>
      {listing.people.length === 0 ? (
        <p className="empty">{t("admin:noMatch")}</p>
      ) : (
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
              {listing.people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link href={`/${lng}/admin/people/${person.id}`} translate="no">
                      {person.displayName}
                    </Link>
                  </th>
                  <td translate="no">{person.email}</td>
                  <td>{t(`roles.${person.role}`)}</td>
                  <td>{languages(person.translateLanguages)}</td>
                  <td>{languages(person.reviewLanguages)}</td>
                  <td>
                    <time dateTime={person.createdAt.toISOString()}>{formatDate(person.createdAt, lng)}</time>
                  </td>
                  <td>{person.disabled ? t("admin:disabled") : t("admin:active")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        t={t}
        path={`/${lng}/admin`}
        params={{ q: query.q, role: query.role, status: query.status }}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </div>
  );
}
