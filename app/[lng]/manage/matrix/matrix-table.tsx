import Link from "next/link";
import { languageOptions } from "@/app/_lib/format";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { EditorMatrix } from "@/lib/insights/editor-matrix";
import { languageName, textDirection } from "@/lib/languages";
import { MatrixCellView } from "./matrix-cell";

type Props = { lng: UiLanguage; matrix: EditorMatrix; now: Date };

/** Articles as rows, target languages as columns (named and sorted in the reader's language). */
export function MatrixTable({ lng, matrix, now }: Props) {
  const t = getT(lng);
  const columns = languageOptions(matrix.languages, lng);
  const rowHeaderId = (articleId: number) => `matrix-article-${articleId}`;
  const columnHeaderId = (language: string) => `matrix-language-${language}`;
  return (
    <div className="table-scroll">
      <table className="matrix-table">
        <caption>{t("manage:matrix.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("manage:matrix.article")}</th>
            {columns.length === 0 ? (
              <th scope="col">{t("manage:matrix.translations")}</th>
            ) : (
              columns.map((column) => (
                <th scope="col" key={column.value} id={columnHeaderId(column.value)}>
                  {column.label}
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.articleId}>
              <th scope="row" id={rowHeaderId(row.articleId)}>
                <Link
                  href={`/${lng}/manage/articles/${row.slug}`}
                  lang={row.sourceLanguage}
                  dir={textDirection(row.sourceLanguage)}
                >
                  {row.title}
                </Link>
                <small className="matrix-source">{languageName(row.sourceLanguage, lng)}</small>
              </th>
              {columns.length === 0 ? (
                <td>{t("manage:matrix.noJobs")}</td>
              ) : (
                columns.map((column) => {
                  const cell = row.cells.find((candidate) => candidate.targetLanguage === column.value);
                  return (
                    <td key={column.value}>
                      {cell ? (
                        <MatrixCellView
                          lng={lng}
                          cell={cell}
                          now={now}
                          describedBy={`${rowHeaderId(row.articleId)} ${columnHeaderId(column.value)}`}
                        />
                      ) : (
                        <span className="matrix-none">{t("manage:matrix.notOpen")}</span>
                      )}
                    </td>
                  );
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
