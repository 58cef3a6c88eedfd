import "server-only";
import type { ImportReport } from "@/lib/formats/xliff/import-job-xliff";
import { translateMessage, type ServerT } from "@/lib/i18n/server";
import type { XliffImportResponse, XliffUnitRow } from "./import-response";

/** The import's report in the reader's language, as the upload form shows it. */
export function reportView(report: ImportReport, t: ServerT): XliffImportResponse {
  const units = report.units.map((unit): XliffUnitRow => {
    const common = { unitId: unit.unitId, number: unit.number };
    switch (unit.outcome) {
      case "applied":
        return {
          ...common,
          outcome: "applied",
          detail: t("xliff:report.savedAs", { status: t(`editor:status.${unit.status}`) }),
        };
      case "refused":
        return { ...common, outcome: "refused", detail: translateMessage(t, unit.reason) };
      case "unchanged":
        return { ...common, outcome: "unchanged", detail: null };
    }
  });
  return { outcome: "imported", applied: report.applied, unchanged: report.unchanged, refused: report.refused, units };
}
