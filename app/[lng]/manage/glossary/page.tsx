import Link from "next/link";
import { SelectField, TextField } from "@/app/_components/text-field";
import { forPage } from "@/app/_lib/domain-errors";
import { languageOptions } from "@/app/_lib/format";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { GLOSSARY_CSV_COLUMNS } from "@/lib/glossary/csv-columns";
import { listGlossaryTerms } from "@/lib/glossary/list-terms";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANGUAGES, isContentLanguage, languageName } from "@/lib/languages";
import { GLOSSARY_SEARCH_MAX } from "@/lib/validation/glossary-schemas";
import { AddTermForm } from "./add-term-form";
import { ImportForm } from "./import-form";
import { TermsTable } from "./terms-table";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Query> };

export const generateMetadata = titledPage("glossary:metaTitle");

const DEFAULT_SOURCE = "en";
const DEFAULT_TARGET = "es";

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The pair from the address; anything else (missing, unknown, twice the same) falls back to a valid pair. */
function chosenPair(query: Query): { sourceLanguage: string; targetLanguage: string } {
  const source = single(query.source);
  const sourceLanguage = source && isContentLanguage(source) ? source : DEFAULT_SOURCE;
  const target = single(query.target);
  const fallback = sourceLanguage === DEFAULT_TARGET ? DEFAULT_SOURCE : DEFAULT_TARGET;
  const targetLanguage = target && isContentLanguage(target) && target !== sourceLanguage ? target : fallback;
  return { sourceLanguage, targetLanguage };
}

function pairPath(lng: string, sourceLanguage: string, targetLanguage: string): string {
  return `/${lng}/manage/glossary?${new URLSearchParams({ source: sourceLanguage, target: targetLanguage })}`;
}

/**
 * Editors' glossary of one language pair: choose the pair and search with a plain GET form (it works
 * before any script has loaded), then add, edit, delete, import and export its terms. Others get 404.
 */
export default async function GlossaryPage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/manage/glossary`);
  const query = await searchParams;
  const pair = chosenPair(query);
  const search = single(query.q)?.trim().slice(0, GLOSSARY_SEARCH_MAX) || undefined;
  const listing = forPage(() => listGlossaryTerms(getDb(), user, { ...pair, query: search }));
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const languages = languageOptions(CONTENT_LANGUAGES, lng);
  const names = { source: languageName(pair.sourceLanguage, lng), target: languageName(pair.targetLanguage, lng) };
  const exportHref = `/api/glossary/export?${new URLSearchParams({ source: pair.sourceLanguage, target: pair.targetLanguage })}`;

  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/manage`}>{t("manage:backToArticles")}</Link>
      </p>
      <h1>{t("glossary:title")}</h1>
      <p className="lead">{t("glossary:lead")}</p>

      <form
        method="get"
        action={`/${lng}/manage/glossary`}
        role="search"
        aria-label={t("glossary:pair.label")}
        className="card"
      >
        <div className="two-columns">
          <SelectField
            name="source"
            label={t("glossary:pair.source")}
            defaultValue={pair.sourceLanguage}
            options={languages}
          />
          <SelectField
            name="target"
            label={t("glossary:pair.target")}
            defaultValue={pair.targetLanguage}
            options={languages}
          />
        </div>
        <TextField
          name="q"
          label={t("glossary:pair.search")}
          hint={t("glossary:pair.searchHint")}
          defaultValue={search ?? ""}
          maxLength={GLOSSARY_SEARCH_MAX}
          enterKeyHint="search"
        />
        <p className="button-row">
          <button type="submit" className="button">
            {t("glossary:pair.submit")}
          </button>
          {search && (
            <Link className="button button-quiet" href={pairPath(lng, pair.sourceLanguage, pair.targetLanguage)}>
              {t("glossary:pair.clear")}
            </Link>
          )}
        </p>
      </form>

      {listing.pairs.length > 0 && (
        <nav aria-labelledby="glossary-pairs-title">
          <h2 id="glossary-pairs-title">{t("glossary:pairs.title")}</h2>
          <ul className="plain-list compact glossary-pairs">
            {listing.pairs.map((other) => (
              <li key={`${other.sourceLanguage}-${other.targetLanguage}`}>
                <Link
                  href={pairPath(lng, other.sourceLanguage, other.targetLanguage)}
                  aria-current={
                    other.sourceLanguage === pair.sourceLanguage && other.targetLanguage === pair.targetLanguage
                      ? "page"
                      : undefined
                  }
                >
                  {t("glossary:pairs.pair", {
                    source: languageName(other.sourceLanguage, lng),
                    target: languageName(other.targetLanguage, lng),
                    count: other.terms,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <section aria-labelledby="glossary-terms-title">
        <h2 id="glossary-terms-title">{t("glossary:termsTitle", names)}</h2>
        <p>
          {search
            ? t("glossary:matching", {
                matching: number.format(listing.matching),
                total: number.format(listing.total),
                query: search,
              })
            : t("glossary:count", { count: listing.total })}{" "}
          {listing.terms.length < listing.matching &&
            t("glossary:limited", { shown: number.format(listing.terms.length) })}
        </p>
        {listing.total > 0 && (
          <p>
            <a className="button button-quiet" href={exportHref} download>
              {t("glossary:export")}
            </a>
          </p>
        )}
        {listing.terms.length > 0 ? (
          <TermsTable
            // A new pair or search is a new table: no row stays in edit mode across it.
            key={`${pair.sourceLanguage}-${pair.targetLanguage}-${search ?? ""}`}
            lng={lng}
            sourceLanguage={pair.sourceLanguage}
            targetLanguage={pair.targetLanguage}
            terms={listing.terms.map(({ createdAt: _createdAt, createdByName: _createdByName, ...term }) => term)}
            labelledBy="glossary-terms-title"
          />
        ) : (
          <p className="empty">{listing.total === 0 ? t("glossary:empty") : t("glossary:noMatch")}</p>
        )}
      </section>

      <section aria-labelledby="glossary-add-title">
        <h2 id="glossary-add-title">{t("glossary:form.addTitle")}</h2>
        <AddTermForm
          key={`${pair.sourceLanguage}-${pair.targetLanguage}`}
          lng={lng}
          sourceLanguage={pair.sourceLanguage}
          targetLanguage={pair.targetLanguage}
        />
      </section>

      <section aria-labelledby="glossary-import-title">
        <h2 id="glossary-import-title">{t("glossary:import.title")}</h2>
        <p>{t("glossary:import.lead", { header: GLOSSARY_CSV_COLUMNS.join(",") })}</p>
        <ImportForm
          key={`${pair.sourceLanguage}-${pair.targetLanguage}`}
          lng={lng}
          sourceLanguage={pair.sourceLanguage}
          targetLanguage={pair.targetLanguage}
        />
      </section>
    </div>
  );
}
