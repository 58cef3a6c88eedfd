import { forPage } from "@/app/_lib/domain-errors";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { permissionMatrix } from "@/lib/admin/permission-matrix";
import { getT } from "@/lib/i18n/server";
import { adminPageTitle } from "../admin-metadata";
import { AdminNav } from "../admin-nav";

type Props = { params: Promise<{ lng: string }> };

/** "job:claim" -> "job.claim": i18next reads ":" in a key as the namespace separator. */
type Dotted<S extends string> = S extends `${infer A}:${infer B}` ? `${A}.${B}` : S;
const dotted = <S extends string>(action: S) => action.replace(":", ".") as Dotted<S>;

export const generateMetadata = adminPageTitle("admin:permissions.metaTitle");

/** The permissions table, read-only: for each action, what each role may do. Administrators only. */
export default async function PermissionsPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/admin/permissions`);
  const matrix = forPage(() => permissionMatrix(user));
  const t = getT(lng);

  return (
    <div className="page">
      <AdminNav lng={lng} t={t} current="permissions" />
      <h1>{t("admin:permissions.title")}</h1>
      <p className="lead">{t("admin:permissions.lead")}</p>
      <div className="table-scroll">
        <table>
          <caption>{t("admin:permissions.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin:permissions.action")}</th>
              {matrix.roles.map((role) => (
                <th scope="col" key={role}>
                  {t(`roles.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.action}>
                <th scope="row">{t(`admin:permissions.actions.${dotted(row.action)}`)}</th>
                {matrix.roles.map((role) => (
                  <td key={role}>{t(`admin:permissions.scopes.${row.scopes[role] ?? "none"}`)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
