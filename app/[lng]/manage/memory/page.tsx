import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/app/_components/text-field";
import { forPage } from "@/app/_lib/domain-errors";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { listMemoryPairs } from "@/lib/formats/tmx/memory-pairs";
import { getT } from "@/lib/i18n/server";
import { languageName } from "@/lib/languages";
import { tmxImportMaxBytes } from "@/lib/validation/tmx-schemas";
import { ImportTmxForm } from "./import-form";
import { TableScroll } from "@/app/_components/table-scroll";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await pageLanguage(params))("tmx:metaTitle") };
}

/**
 * The translation memory for editors and administrators (404 for others): its language pairs and
 * their sizes, a TMX export per pair, and a TMX import with its progress and report.
 */
export default async function MemoryPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/manage/memory`);
  const pairs = forPage(() => listMemoryPairs(getDb(), user));
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const named = pairs.map((pair) => ({
    ...pair,
    code: `${pair.sourceLanguage}-${pair.targetLanguage}`,
    name: t("tmx:pairName", {
      source: languageName(pair.sourceLanguage, lng),
      target: languageName(pair.targetLanguage, lng),
    }),
  }));

  return (
    <div className="page">
      <p>
        <Link href={`/${lng}/manage`}>{t("manage:backToArticles")}</Link>
      </p>
      <h1>{t("tmx:title")}</h1>
      <p className="lead">{t("tmx:lead")}</p>

      <section aria-labelledby="memory-pairs-title">
        <h2 id="memory-pairs-title">{t("tmx:pairs.title")}</h2>
        {named.length === 0 ? (
          <p className="empty">{t("tmx:pairs.empty")}</p>
        ) : (
          <TableScroll label={t("tmx:pairs.title")}>
            <table aria-labelledby="memory-pairs-title">
              <thead>
                <tr>
                  <th scope="col">{t("tmx:pairs.pair")}</th>
                  <th scope="col" className="numeric">
                    {t("tmx:pairs.units")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {named.map((pair) => (
                  <tr key={pair.code}>
                    <td>{pair.name}</td>
                    <td className="numeric">{number.format(pair.units)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="memory-export-title">
        <h2 id="memory-export-title">{t("tmx:export.title")}</h2>
        <p>{t("tmx:export.lead")}</p>
        {named.length === 0 ? (
          <p className="empty">{t("tmx:export.empty")}</p>
        ) : (
          // A plain GET form: the browser downloads the answer (Content-Disposition), no script needed.
          <form method="get" action={`/${lng}/manage/memory/export`} className="tmx-export">
            <SelectField
              name="pair"
              label={t("tmx:export.pair")}
              options={named.map((pair) => ({
                value: pair.code,
                label: t("tmx:export.option", { pair: pair.name, units: number.format(pair.units) }),
              }))}
            />
            <p>
              <button type="submit" className="button">
                {t("tmx:export.submit")}
              </button>
            </p>
          </form>
        )}
      </section>

      <section aria-labelledby="memory-import-title">
        <h2 id="memory-import-title">{t("tmx:import.title")}</h2>
        <p>{t("tmx:import.lead")}</p>
        <ImportTmxForm lng={lng} maxBytes={tmxImportMaxBytes()} />
      </section>
    </div>
  );
}
