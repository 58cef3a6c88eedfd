"use server";

import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { addGlossaryTerm } from "@/lib/glossary/add-term";
import { deleteGlossaryTerm } from "@/lib/glossary/delete-term";
import { importGlossaryCsv } from "@/lib/glossary/import-csv";
import { updateGlossaryTerm } from "@/lib/glossary/update-term";
import { getT, translateMessage } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";
import { readCsvUpload } from "./read-csv-upload";

/** One row of an import report, its reason already in the page's language. */
export type ImportReportRow = {
  line: number;
  term: string;
  outcome: "added" | "updated" | "unchanged" | "refused";
  reason: string | null;
};
export type ImportReportView = {
  added: number;
  updated: number;
  unchanged: number;
  refused: number;
  rows: ImportReportRow[];
};

/** The term fields of the add and edit forms, unvalidated: the use-case's schema checks them. */
function termFields(formData: FormData) {
  return {
    term: formData.get("term"),
    translation: formData.get("translation"),
    partOfSpeech: formData.get("partOfSpeech"),
    note: formData.get("note"),
    forbidden: formData.get("forbidden"),
    caseSensitive: formData.get("caseSensitive"),
  };
}

export async function addTermAction(lng: string, formData: FormData): Promise<ActionResult<{ term: string }>> {
  return guardedAction(lng, (actor) => {
    const { term } = addGlossaryTerm(getDb(), actor, {
      sourceLanguage: formData.get("sourceLanguage"),
      targetLanguage: formData.get("targetLanguage"),
      ...termFields(formData),
    });
    return { term };
  });
}

export async function updateTermAction(
  lng: string,
  id: number,
  formData: FormData,
): Promise<ActionResult<{ term: string }>> {
  return guardedAction(lng, (actor) => {
    const { term } = updateGlossaryTerm(getDb(), actor, { id, ...termFields(formData) });
    return { term };
  });
}

export async function deleteTermAction(lng: string, id: number): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    deleteGlossaryTerm(getDb(), actor, { id });
    return null;
  });
}

export async function importGlossaryAction(lng: string, formData: FormData): Promise<ActionResult<ImportReportView>> {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  return guardedAction(lng, async (actor) => {
    const report = importGlossaryCsv(getDb(), actor, {
      sourceLanguage: formData.get("sourceLanguage"),
      targetLanguage: formData.get("targetLanguage"),
      file: await readCsvUpload(formData),
    });
    return {
      ...report,
      rows: report.rows.map((row): ImportReportRow => {
        if (row.outcome !== "refused") return { line: row.line, term: row.term, outcome: row.outcome, reason: null };
        const reason = translateMessage(t, row.reason);
        return {
          line: row.line,
          term: row.term,
          outcome: "refused",
          reason: row.column ? t("glossary:import.inColumn", { column: row.column, reason }) : reason,
        };
      }),
    };
  });
}
