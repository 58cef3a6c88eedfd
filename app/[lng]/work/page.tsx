import Link from "next/link";
import type { ReactNode } from "react";
import { z } from "zod";
import { SelectField, TextField } from "@/app/_components/text-field";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDue, formatRelativeTime, languageOptions, sdgOptions } from "@/app/_lib/format";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { CONTENT_LANGUAGES, languageName, textDirection } from "@/lib/languages";
import { SDG_GOALS } from "@/lib/sdg";
import { claimPolicy } from "@/lib/workflow/claim-policy";
import { expireClaims } from "@/lib/workflow/expire-claims";
import {
  CATALOGUE_SORTS,
  catalogueRegions,
  listCatalogue,
  type CatalogueEntry,
  type CatalogueFilters,
} from "@/lib/workflow/list-catalogue";
import { ClaimForm } from "./claim-form";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Query> };

export const generateMetadata = titledPage("work:metaTitle");


/**
 * The volunteers' catalogue: their own claimed jobs first, then the jobs open in the languages they
 * translate into, narrowed by a plain GET form (it works before any script has loaded).
 */
export default async function WorkPage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/work`);
  const query = await searchParams;
  const db = getDb();
  const { entries, regions, filters } = forPage(() => {
    // Claims past their due time go back to the pool before anyone sees the list.
    expireClaims(db);
    const regions = catalogueRegions(db, user);
    const filters = parseFilters(query, { targets: user.translateLanguages, regions });
    return { entries: listCatalogue(db, user, filters), regions, filters };
  });
  const policy = claimPolicy(db);
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  // Narrowed: some jobs may be hidden. Filtered: the list differs from the default one in any way.
  const narrowed = [filters.q, filters.targetLanguage, filters.sourceLanguage, filters.region, filters.sdg].some(
    (value) => value !== undefined,
  );
  const filtered = narrowed || (filters.sort !== undefined && filters.sort !== "newest");
  const noLanguages = user.translateLanguages.length === 0;
  const now = new Date();

  return (
    <div className="page">
      <h1>{t("work:title")}</h1>
      <p className="lead">{t("work:lead")}</p>

      {noLanguages && entries.length === 0 && !filtered ? (
        <EmptyState message={t("work:empty.noLanguages")} hint={t("work:empty.addLanguages")} />
      ) : (
        <>
          <form
            method="get"
            action={`/${lng}/work`}
            role="search"
            aria-label={t("work:filters.label")}
            className="card"
          >
            <div className="two-columns">
              <div className="form">
                <TextField
                  name="q"
                  label={t("work:filters.q")}
                  defaultValue={filters.q ?? ""}
                  maxLength={200}
                  enterKeyHint="search"
                />
                <SelectField
                  name="target"
                  label={t("work:filters.target")}
                  defaultValue={filters.targetLanguage ?? ""}
                  options={[
                    { value: "", label: t("work:filters.anyTarget") },
                    ...user.translateLanguages.map((code) => ({ value: code, label: languageName(code, lng) })),
                  ]}
                />
                <SelectField
                  name="source"
                  label={t("work:filters.source")}
                  defaultValue={filters.sourceLanguage ?? ""}
                  options={[
                    { value: "", label: t("work:filters.anySource") },
                    ...languageOptions(CONTENT_LANGUAGES, lng),
                  ]}
                />
              </div>
              <div className="form">
                <SelectField
                  name="region"
                  label={t("work:filters.region")}
                  defaultValue={filters.region ?? ""}
                  options={[
                    { value: "", label: t("work:filters.anyRegion") },
                    ...regions.map((region) => ({ value: region, label: region, translate: "no" as const })),
                  ]}
                />
                <SelectField
                  name="sdg"
                  label={t("work:filters.sdg")}
                  defaultValue={filters.sdg ? String(filters.sdg) : ""}
                  options={[{ value: "", label: t("work:filters.anySdg") }, ...sdgOptions(t)]}
                />
                <SelectField
                  name="sort"
                  label={t("work:filters.sort")}
                  defaultValue={filters.sort ?? "newest"}
                  options={CATALOGUE_SORTS.map((sort) => ({ value: sort, label: t(`work:sorts.${sort}`) }))}
                />
              </div>
            </div>
            <p>
              <button type="submit" className="button">
                {t("work:filters.submit")}
              </button>{" "}
              {filtered && (
                <Link className="button button-quiet" href={`/${lng}/work`}>
                  {t("work:filters.clear")}
                </Link>
              )}
            </p>
          </form>

          <section aria-labelledby="jobs-title">
            <h2 id="jobs-title">{t("work:jobsTitle")}</h2>
            {entries.length === 0 ? (
              narrowed ? (
                <EmptyState
                  message={t("work:empty.noMatch")}
                  hint={<Link href={`/${lng}/work`}>{t("work:filters.clear")}</Link>}
                />
              ) : (
                <EmptyState
                  message={t(noLanguages ? "work:empty.noLanguages" : "work:empty.none")}
                  hint={t("work:empty.addLanguages")}
                />
              )
            ) : (
              <>
                <p>{t("work:count", { count: entries.length, number: number.format(entries.length) })}</p>
                <div className="table-scroll">
                  <table aria-labelledby="jobs-title">
                    <thead>
                      <tr>
                        <th scope="col">{t("work:columns.article")}</th>
                        <th scope="col">{t("work:columns.languages")}</th>
                        <th scope="col" className="numeric">
                          {t("work:columns.words")}
                        </th>
                        <th scope="col">{t("work:columns.status")}</th>
                        <th scope="col">{t("work:columns.due")}</th>
                        <th scope="col">{t("work:columns.action")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entries.map((entry) => (
                        <JobRow key={entry.jobId} lng={lng} entry={entry} now={now} claimDays={policy} />
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function JobRow({
  lng,
  entry,
  now,
  claimDays,
}: {
  lng: UiLanguage;
  entry: CatalogueEntry;
  now: Date;
  claimDays: { defaultDays: number; maxDays: number };
}) {
  const t = getT(lng);
  const titleId = `job-${entry.jobId}-title`;
  const claimed = entry.mine && entry.status === "in_progress";
  return (
    <tr>
      <td>
        <div id={titleId} className="item-title" lang={entry.sourceLanguage} dir={textDirection(entry.sourceLanguage)}>
          {entry.title}
        </div>
        {(entry.region || entry.sdgGoals.length > 0) && (
          <ul className="tags">
            {entry.region && <li translate="no">{entry.region}</li>}
            {entry.sdgGoals.map((goal) => (
              <li key={goal}>{t(`common:sdg.${goal}` as "common:sdg.1")}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {t("work:languagePair", {
          source: languageName(entry.sourceLanguage, lng),
          target: languageName(entry.targetLanguage, lng),
        })}
      </td>
      <td className="numeric">
        {entry.wordsToTranslate < entry.words ? (
          <>
            {new Intl.NumberFormat(lng).format(entry.wordsToTranslate)}
            <br />
            <small>{t("work:wordsOfTotal", { total: new Intl.NumberFormat(lng).format(entry.words) })}</small>
          </>
        ) : (
          new Intl.NumberFormat(lng).format(entry.words)
        )}
      </td>
      <td>
        <span className={`status status-${entry.status}`}>{t(`jobStatus.${entry.status}`)}</span>
        {entry.mine && <span className="badge">{t("work:mine")}</span>}
        {entry.reservedUntil && (
          <>
            <br />
            <small>{t("work:reservedForYou", { date: formatDue(entry.reservedUntil, lng) })}</small>
          </>
        )}
      </td>
      <td>
        {claimed && entry.dueAt ? (
          <>
            <time dateTime={entry.dueAt.toISOString()}>{formatDue(entry.dueAt, lng)}</time>
            <br />
            <small>{t("work:dueIn", { when: formatRelativeTime(entry.dueAt, now, lng) })}</small>
          </>
        ) : (
          t("notSet")
        )}
      </td>
      <td>
        {entry.mine ? (
          <Link
            className={claimed ? "button" : undefined}
            href={`/${lng}/jobs/${entry.jobId}`}
            aria-describedby={titleId}
          >
            {claimed ? t("work:continue") : t("work:viewSubmitted")}
          </Link>
        ) : entry.status === "open" ? (
          <ClaimForm
            lng={lng}
            jobId={entry.jobId}
            describedBy={titleId}
            defaultDays={claimDays.defaultDays}
            maxDays={claimDays.maxDays}
          />
        ) : null}
      </td>
    </tr>
  );
}

function EmptyState({ message, hint }: { message: string; hint: ReactNode }) {
  return (
    <div className="card">
      <p className="empty">{message}</p>
      <p>{hint}</p>
    </div>
  );
}

/** The filters from the query string. Anything unknown or malformed is ignored, never an error page. */
function parseFilters(query: Query, choices: { targets: string[]; regions: string[] }): CatalogueFilters {
  const oneOf = (values: readonly string[]) => z.string().refine((value) => values.includes(value));
  const schema = z.object({
    q: param(z.string().trim().min(1).max(200)),
    target: param(oneOf(choices.targets)),
    source: param(z.enum(CONTENT_LANGUAGES)),
    region: param(oneOf(choices.regions)),
    sdg: param(z.coerce.number().int().min(1).max(SDG_GOALS.length)),
    sort: param(z.enum(CATALOGUE_SORTS)),
  });
  const { q, target, source, region, sdg, sort } = schema.parse(query);
  return { q, targetLanguage: target, sourceLanguage: source, region, sdg, sort };
}

/** One query parameter: its first value when repeated; empty, missing or invalid all mean "not set". */
function param<T extends z.ZodType>(schema: T) {
  return z
    .preprocess((value) => {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return first === "" ? undefined : first;
    }, schema.optional())
    .catch(undefined);
}

