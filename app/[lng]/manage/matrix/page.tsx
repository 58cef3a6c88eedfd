import "./matrix.css";
import type { Metadata } from "next";
import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import { getEditorMatrix } from "@/lib/insights/editor-matrix";
import { expireClaims } from "@/lib/workflow/expire-claims";
import { MatrixFilters } from "./matrix-filters";
import { MatrixTable } from "./matrix-table";

type Props = {
  params: Promise<{ lng: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await pageLanguage(params))("manage:matrix.metaTitle") };
}

/**
 * Editors' article x language matrix. The filters are a plain GET form, so a filtered view is an
 * address to bookmark or share, and it works before any script has loaded. Others get 404.
 */
export default async function MatrixPage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/manage/matrix`);
  const rawQuery = await searchParams;
  const db = getDb();
  const now = new Date();
  const matrix = forPage(() => {
    // A claim past its due time is back in the pool: shown as open, not as still held.
    expireClaims(db, now);
    return getEditorMatrix(db, user, rawQuery, now);
  });
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const jobCount = matrix.rows.reduce((sum, row) => sum + row.cells.length, 0);
  const filtered = matrix.jobsFiltered || matrix.query.q !== undefined;

  return (
    <div className="page wide">
      <p>
        <Link href={`/${lng}/manage`}>{t("manage:matrix.back")}</Link>
      </p>
      <h1>{t("manage:matrix.title")}</h1>
      <p className="lead">{t("manage:matrix.lead")}</p>
      <MatrixFilters lng={lng} matrix={matrix} filtered={filtered} />
      {matrix.rows.length === 0 ? (
        <p className="empty">{t(filtered ? "manage:matrix.empty" : "manage:matrix.noArticles")}</p>
      ) : (
        <>
          <p>
            {t("manage:matrix.summary", {
              articles: number.format(matrix.rows.length),
              jobs: number.format(jobCount),
            })}
          </p>
          <MatrixTable lng={lng} matrix={matrix} now={now} />
        </>
      )}
    </div>
  );
}
