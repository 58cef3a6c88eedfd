"use client";

import { useId } from "react";
import { useT } from "@/app/_components/use-t";
import { TMX_SKIP_REASONS, type TmxImportReport } from "@/lib/formats/tmx/import-report";
import { TMX_SEGMENT_MAX_CHARS, TMX_VARIANTS_MAX } from "@/lib/formats/tmx/limits";
import { languageName } from "@/lib/languages";
import { TableScroll } from "@/app/_components/table-scroll";

type Props = { lng: string; report: TmxImportReport };

/** What an import did: counts, what was skipped and why, and the language pairs it filled. */
export function ImportReportView({ lng, report }: Props) {
  const t = useT();
  const titleId = useId();
  const number = new Intl.NumberFormat(lng);
  const skipped = TMX_SKIP_REASONS.filter((reason) => report.skipped[reason] > 0);
  const limits = { characters: number.format(TMX_SEGMENT_MAX_CHARS), languages: number.format(TMX_VARIANTS_MAX) };
  const pairName = (sourceLanguage: string, targetLanguage: string) =>
    t("tmx:pairName", { source: languageName(sourceLanguage, lng), target: languageName(targetLanguage, lng) });

  return (
    <section aria-labelledby={titleId} className="tmx-report">
      <h3 id={titleId}>{t("tmx:import.report.title")}</h3>
      <dl className="tmx-figures">
        {report.fileName && (
          <div>
            <dt>{t("tmx:import.report.file")}</dt>
            <dd translate="no">{report.fileName}</dd>
          </div>
        )}
        <div>
          <dt>{t("tmx:import.report.unitsRead")}</dt>
          <dd>{number.format(report.unitsRead)}</dd>
        </div>
        <div>
          <dt>{t("tmx:import.report.added")}</dt>
          <dd>{number.format(report.added)}</dd>
        </div>
        <div>
          <dt>{t("tmx:import.report.duplicates")}</dt>
          <dd>{number.format(report.duplicates)}</dd>
        </div>
      </dl>

      <h4>{t("tmx:import.report.skippedTitle")}</h4>
      {skipped.length === 0 ? (
        <p>{t("tmx:import.report.noneSkipped")}</p>
      ) : (
        <TableScroll label={t("tmx:import.report.skippedTitle")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("tmx:import.report.reason")}</th>
                <th scope="col" className="numeric">
                  {t("tmx:import.report.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {skipped.map((reason) => (
                <tr key={reason}>
                  <td>{t(`tmx:import.skipped.${reason}`, limits)}</td>
                  <td className="numeric">{number.format(report.skipped[reason])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {report.unknownLanguages.length > 0 && (
        <p>
          {t("tmx:import.report.unknownLanguages")}{" "}
          <span translate="no">{new Intl.ListFormat(lng, { type: "unit" }).format(report.unknownLanguages)}</span>
        </p>
      )}

      {report.pairs.length > 0 && (
        <>
          <h4>{t("tmx:import.report.pairsTitle")}</h4>
          <TableScroll label={t("tmx:import.report.pairsTitle")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("tmx:pairs.pair")}</th>
                  <th scope="col" className="numeric">
                    {t("tmx:import.report.added")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("tmx:import.report.duplicates")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.pairs.map((pair) => (
                  <tr key={`${pair.sourceLanguage}-${pair.targetLanguage}`}>
                    <td>{pairName(pair.sourceLanguage, pair.targetLanguage)}</td>
                    <td className="numeric">{number.format(pair.added)}</td>
                    <td className="numeric">{number.format(pair.duplicates)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
