import Link from "next/link";
import { SelectField, TextField } from "@/app/_components/text-field";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDateTime } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { listAuditEvents } from "@/lib/admin/list-audit-events";
import { getT } from "@/lib/i18n/server";
import { SYSTEM_ACTOR } from "@/lib/validation/admin-schemas";
import { adminPageTitle } from "../admin-metadata";
import { AdminNav } from "../admin-nav";
import { Pagination } from "../pagination";
import { actionLabel, detailsText, subjectHref, subjectText } from "./event-text";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = adminPageTitle("admin:audit.metaTitle");

/**
 * The audit log, newest first, filtered by person, job and action with a plain GET form.
 * Administrators only.
 */
export default async function AuditLogPage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/admin/audit`);
  const rawQuery = await searchParams;
  const log = forPage(() => listAuditEvents(getDb(), user, rawQuery));
  const { query } = log;
  const t = getT(lng);
  const filtered = query.actor !== undefined || query.job !== undefined || query.action !== undefined;
  const collator = new Intl.Collator(lng);
  const actionOptions = log.actions
    .map((action) => ({ value: action, label: actionLabel(t, action) }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <div className="page wide">
      <AdminNav lng={lng} t={t} current="audit" />
      <h1>{t("admin:audit.title")}</h1>
      <p className="lead">{t("admin:audit.lead")}</p>

      <form
        method="get"
        action={`/${lng}/admin/audit`}
        role="search"
        aria-label={t("admin:audit.filters")}
        className="card"
      >
        <div className="two-columns">
          <SelectField
            name="actor"
            label={t("admin:audit.actor")}
            defaultValue={query.actor === undefined ? "" : String(query.actor)}
            options={[
              { value: "", label: t("admin:audit.anyActor") },
              { value: SYSTEM_ACTOR, label: t("admin:audit.system") },
              ...log.actors.map((actor) => ({ value: String(actor.id), label: `${actor.name} (${actor.email})`, translate: "no" as const })),
            ]}
          />
          <SelectField
            name="action"
            label={t("admin:audit.action")}
            defaultValue={query.action ?? ""}
            options={[{ value: "", label: t("admin:audit.anyAction") }, ...actionOptions]}
          />
        </div>
        <TextField
          name="job"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          label={t("admin:audit.job")}
          defaultValue={query.job ?? ""}
        />
        <p className="button-row">
          <button type="submit" className="button">
            {t("admin:audit.submit")}
          </button>
          {filtered && (
            <Link className="button button-quiet" href={`/${lng}/admin/audit`}>
              {t("admin:audit.clear")}
            </Link>
          )}
        </p>
      </form>

      <p role="status">{t("admin:audit.matching", { count: log.matching })}</p>
      {log.events.length === 0 ? (
        <p className="empty">{t("admin:audit.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t("admin:audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin:audit.columns.when")}</th>
                <th scope="col">{t("admin:audit.columns.who")}</th>
                <th scope="col">{t("admin:audit.columns.action")}</th>
                <th scope="col">{t("admin:audit.columns.subject")}</th>
                <th scope="col">{t("admin:audit.columns.details")}</th>
              </tr>
            </thead>
            <tbody>
              {log.events.map((event) => {
                const href = subjectHref(event, lng);
                const subject = subjectText(event, t, lng);
                return (
                  <tr key={event.id}>
                    <td>
                      <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, lng)}</time>
                    </td>
                    <td>
                      {event.actor === null ? (
                        t("admin:audit.system")
                      ) : event.actor.name === null ? (
                        t("admin:audit.deletedUser")
                      ) : (
                        <Link href={`/${lng}/admin/people/${event.actor.id}`} translate="no">
                          {event.actor.name}
                        </Link>
                      )}
                    </td>
                    <td>{actionLabel(t, event.action)}</td>
                    <td translate="no">{href ? <Link href={href}>{subject}</Link> : subject}</td>
                    {/* Details are the event's recorded fields and values (ids, states, times), shown as recorded. */}
                    <td translate="no">{detailsText(event, t, lng)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        t={t}
        path={`/${lng}/admin/audit`}
        params={{ actor: query.actor, job: query.job, action: query.action }}
        page={log.page}
        pageCount={log.pageCount}
      />
    </div>
  );
}
