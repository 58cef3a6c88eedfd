"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { importGlossaryAction, type ImportReportView } from "./actions";

type Props = { lng: string; sourceLanguage: string; targetLanguage: string };

/** Imports a CSV file into the pair shown, then reports what became of every row. */
export function ImportForm({ lng, sourceLanguage, targetLanguage }: Props) {
  const t = useT();
  const router = useRouter();
  const reportTitle = useId();
  const number = new Intl.NumberFormat(lng);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => importGlossaryAction(lng, formData),
    (value, form) => {
      setReport(value);
      form.reset();
      router.refresh();
    },
  );
  return (
    <>
      <form
        ref={formRef}
        method="post"
        encType="multipart/form-data"
        className="form compact-form"
        onSubmit={(event) => {
          setReport(null);
          onSubmit(event);
        }}
        noValidate
      >
        {hasErrors && (
          <FormAlert>
            {fields.form ?? fields.targetLanguage ?? fields.sourceLanguage ?? t("glossary:form.fixErrors")}
          </FormAlert>
        )}
        {failed && <FormAlert>{t("glossary:form.failed")}</FormAlert>}
        <input type="hidden" name="sourceLanguage" value={sourceLanguage} />
        <input type="hidden" name="targetLanguage" value={targetLanguage} />
        <TextField
          name="file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          label={t("glossary:import.file")}
          hint={t("glossary:import.fileHint")}
          error={fields.file}
        />
        <p>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("glossary:import.submitting") : t("glossary:import.submit")}
          </button>
        </p>
      </form>
      <div role="status">
        {report && (
          <p className="alert alert-success">
            {t("glossary:import.summary", {
              added: number.format(report.added),
              updated: number.format(report.updated),
              unchanged: number.format(report.unchanged),
              refused: number.format(report.refused),
            })}
          </p>
        )}
      </div>
      {report && report.rows.length > 0 && (
        <section aria-labelledby={reportTitle}>
          <h3 id={reportTitle}>{t("glossary:import.reportTitle")}</h3>
          <div className="table-scroll">
            <table aria-labelledby={reportTitle} className="glossary-report">
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t("glossary:import.line")}
                  </th>
                  <th scope="col">{t("glossary:import.term")}</th>
                  <th scope="col">{t("glossary:import.outcome")}</th>
                  <th scope="col">{t("glossary:import.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line} className={row.outcome === "refused" ? "glossary-refused" : undefined}>
                    <td className="numeric">{number.format(row.line)}</td>
                    <td lang={sourceLanguage} dir="auto">
                      {row.term}
                    </td>
                    <td>{t(`glossary:import.outcomes.${row.outcome}`)}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
