"use client";

import { useId } from "react";
import { useT } from "@/app/_components/use-t";
import type { XliffUnitRow } from "./import-response";
import { TableScroll } from "@/app/_components/table-scroll";

type Props = { lng: string; units: readonly XliffUnitRow[] };

/** What became of every unit of an imported file, in the file's order. */
export function XliffReport({ lng, units }: Props) {
  const t = useT();
  const titleId = useId();
  const number = new Intl.NumberFormat(lng);
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t("xliff:report.title")}</h3>
      <TableScroll label={t("xliff:report.title")}>
        <table aria-labelledby={titleId} className="xliff-report">
          <thead>
            <tr>
              <th scope="col">{t("xliff:report.unit")}</th>
              <th scope="col" className="numeric">
                {t("xliff:report.segment")}
              </th>
              <th scope="col">{t("xliff:report.outcome")}</th>
              <th scope="col">{t("xliff:report.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.unitId} className={unit.outcome === "refused" ? "xliff-refused" : undefined}>
                <td translate="no">{unit.unitId}</td>
                <td className="numeric">{number.format(unit.number)}</td>
                <td>{t(`xliff:report.outcomes.${unit.outcome}`)}</td>
                <td className="xliff-detail">{unit.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
