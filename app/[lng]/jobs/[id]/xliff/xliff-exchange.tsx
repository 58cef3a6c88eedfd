"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { useT } from "@/app/_components/use-t";
import { XLIFF_IMPORT_MAX_BYTES } from "@/lib/formats/xliff/limits";
import type { XliffImportResponse } from "./import-response";
import { XliffReport } from "./xliff-report";
import "./xliff-exchange.css";

type Props = {
  lng: string;
  jobId: number;
  /** The viewer is the job's translator and the job is being translated: the upload form shows. */
  canImport: boolean;
};

const MEGABYTES = XLIFF_IMPORT_MAX_BYTES / 1_000_000;

/**
 * Taking a job to a CAT tool and back: download links for XLIFF 2.0 and 1.2 for whoever sees the
 * job, and for its translator an upload form that shows what became of every unit.
 */
export function XliffExchange({ lng, jobId, canImport }: Props) {
  const t = useT();
  const route = `/${lng}/jobs/${jobId}/xliff`;
  return (
    <details className="xliff-exchange">
      <summary>{t("xliff:exchange.summary")}</summary>
      <p>{t("xliff:exchange.intro")}</p>
      <p className="button-row">
        <a className="button button-quiet" href={`${route}?version=2.0`} download>
          {t("xliff:exchange.download20")}
        </a>
        <a className="button button-quiet" href={`${route}?version=1.2`} download>
          {t("xliff:exchange.download12")}
        </a>
      </p>
      <p className="hint">{t("xliff:exchange.versionHint")}</p>
      {canImport && <XliffUpload lng={lng} route={route} />}
    </details>
  );
}

function XliffUpload({ lng, route }: { lng: string; route: string }) {
  const t = useT();
  const number = new Intl.NumberFormat(lng);
  const [pending, setPending] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  const [result, setResult] = useState<XliffImportResponse | "failed" | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // As the other forms do: the field to fix gets the focus.
  useEffect(() => {
    if (fileError) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [fileError]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData(form);
    const file = body.get("file");
    setResult(null);
    // The server checks the same; checking here spares a 10 MB upload that would be refused.
    if (!(file instanceof File) || file.size === 0) return setFileError(t("validation:required"));
    if (file.size > XLIFF_IMPORT_MAX_BYTES) {
      return setFileError(t("xliff:refused.tooLarge", { megabytes: number.format(MEGABYTES) }));
    }
    setFileError(undefined);
    setPending(true);
    try {
      const response = await fetch(route, { method: "POST", body });
      const answer = (await response.json()) as Partial<XliffImportResponse>;
      if (answer.outcome === "imported" || answer.outcome === "refused") {
        setResult(answer as XliffImportResponse);
        if (answer.outcome === "imported") form.reset();
      } else setResult("failed");
    } catch {
      setResult("failed");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <h2>{t("xliff:upload.title")}</h2>
      <p>{t("xliff:upload.lead")}</p>
      <form
        ref={formRef}
        method="post"
        action={route}
        encType="multipart/form-data"
        className="form compact-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        {result === "failed" && <FormAlert>{t("xliff:upload.failed")}</FormAlert>}
        {result !== null && result !== "failed" && result.outcome === "refused" && (
          <FormAlert>
            {t("xliff:upload.refusedTitle")}
            <ul className="xliff-problems">
              {result.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </FormAlert>
        )}
        <TextField
          name="file"
          type="file"
          accept=".xlf,.xliff,.xml,application/xliff+xml,application/x-xliff+xml"
          label={t("xliff:upload.file")}
          hint={t("xliff:upload.fileHint", { megabytes: number.format(MEGABYTES) })}
          error={fileError}
        />
        <p>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("xliff:upload.submitting") : t("xliff:upload.submit")}
          </button>
        </p>
      </form>
      <div role="status">
        {result !== null && result !== "failed" && result.outcome === "imported" && (
          <p className="alert alert-success">
            {t("xliff:report.summary", {
              applied: number.format(result.applied),
              unchanged: number.format(result.unchanged),
              refused: number.format(result.refused),
            })}
          </p>
        )}
      </div>
      {result !== null && result !== "failed" && result.outcome === "imported" && (
        <>
          {result.applied > 0 && (
            // The editor keeps the texts it loaded; a reload shows the imported ones (unsaved typing
            // is kept in this browser and sent again, as after any reload).
            <p>
              <button type="button" className="button button-quiet" onClick={() => window.location.reload()}>
                {t("xliff:upload.reload")}
              </button>
            </p>
          )}
          <XliffReport lng={lng} units={result.units} />
        </>
      )}
    </>
  );
}
