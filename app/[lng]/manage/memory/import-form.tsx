"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { useT } from "@/app/_components/use-t";
import type { TmxImportProgress, TmxImportReport } from "@/lib/formats/tmx/import-report";
import type { ImportLine } from "./import-lines";
import { ImportReportView } from "./import-report-view";
import "./memory.css";

type Props = { lng: string; maxBytes: number };

type State =
  | { phase: "idle" }
  | { phase: "sending"; sent: number; total: number; server: TmxImportProgress | null }
  | { phase: "done"; report: TmxImportReport }
  | { phase: "failed"; message: string; report: TmxImportReport | null };

/**
 * Sends a TMX file as the raw body of one request (XMLHttpRequest: only it reports upload
 * progress), shows the upload in a <progress> and the server's reading as it comes (NDJSON lines,
 * see import-lines.ts), then the report.
 */
export function ImportTmxForm({ lng, maxBytes }: Props) {
  const t = useT();
  const router = useRouter();
  const progressId = useId();
  const [state, setState] = useState<State>({ phase: "idle" });
  const [fileError, setFileError] = useState<string | undefined>();
  const number = new Intl.NumberFormat(lng);
  const percent = new Intl.NumberFormat(lng, { style: "percent" });
  const megabytes = Math.floor(maxBytes / 1_000_000);

  function start(file: File, form: HTMLFormElement) {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let finished = false;
    const fail = (message: string, report: TmxImportReport | null = null) => {
      finished = true;
      setState({ phase: "failed", message, report });
    };
    const readLines = () => {
      // Other answers (a refusal before reading, an error page) are not NDJSON; onload handles them.
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      for (let end = text.indexOf("\n", read); end >= 0; end = text.indexOf("\n", read)) {
        const line = JSON.parse(text.slice(read, end)) as ImportLine;
        read = end + 1;
        if (line.type === "progress") {
          setState((current) => (current.phase === "sending" ? { ...current, server: line.progress } : current));
        } else if (line.type === "report") {
          finished = true;
          setState({ phase: "done", report: line.report });
          form.reset();
          router.refresh();
        } else {
          fail(line.message, line.report);
          if (line.report && line.report.added > 0) router.refresh();
        }
      }
    };
    xhr.upload.onprogress = (event) => {
      setState((current) =>
        current.phase === "sending"
          ? { ...current, sent: event.loaded, total: event.lengthComputable ? event.total : file.size }
          : current,
      );
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      // 413 and 422 answer with a plain sentence in the reader's language.
      if (xhr.status === 413 || xhr.status === 422) return fail(xhr.responseText);
      if (xhr.status !== 200) return fail(t("tmx:import.failed"));
      readLines();
      if (!finished) fail(t("tmx:import.failed"));
    };
    xhr.onerror = () => fail(t("tmx:import.failed"));
    xhr.open("POST", `/${lng}/manage/memory/import?${new URLSearchParams({ name: file.name })}`);
    xhr.setRequestHeader("Content-Type", "application/x-tmx+xml");
    setState({ phase: "sending", sent: 0, total: file.size, server: null });
    xhr.send(file);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.name === "") return setFileError(t("tmx:import.chooseFile"));
    if (file.size === 0) return setFileError(t("tmx:errors.empty"));
    if (file.size > maxBytes) return setFileError(t("tmx:errors.tooLarge", { megabytes }));
    setFileError(undefined);
    start(file, form);
  }

  const sending = state.phase === "sending";
  return (
    <>
      {/* Without script the file cannot be sent (the upload needs XMLHttpRequest): the form only reloads. */}
      <form className="form compact-form" onSubmit={onSubmit} noValidate>
        <TextField
          name="file"
          type="file"
          accept=".tmx,.xml,application/x-tmx+xml,application/xml,text/xml"
          label={t("tmx:import.file")}
          hint={t("tmx:import.fileHint", { megabytes: number.format(megabytes) })}
          error={fileError}
          disabled={sending}
        />
        <p>
          <button type="submit" className="button" disabled={sending}>
            {sending ? t("tmx:import.importing") : t("tmx:import.submit")}
          </button>
        </p>
      </form>
      {sending && (
        <div className="tmx-progress">
          <label htmlFor={progressId}>{t("tmx:import.progressLabel")}</label>
          <progress id={progressId} max={Math.max(1, state.total)} value={state.sent} />
        </div>
      )}
      <div role="status">
        {sending &&
          (state.sent < state.total || !state.server ? (
            // Whole tens of percent: a screen reader announces each change of this live region.
            <p>
              {t("tmx:import.uploading", {
                percent: percent.format(Math.floor((10 * state.sent) / Math.max(1, state.total)) / 10),
              })}
            </p>
          ) : (
            <p>
              {t("tmx:import.processing", {
                units: number.format(state.server.unitsRead),
                added: number.format(state.server.added),
              })}
            </p>
          ))}
        {state.phase === "done" && <p className="alert alert-success">{t("tmx:import.done")}</p>}
      </div>
      {state.phase === "failed" && (
        <FormAlert>
          <p>{state.message}</p>
          {state.report && state.report.added > 0 && (
            <p>{t("tmx:import.kept", { added: number.format(state.report.added) })}</p>
          )}
        </FormAlert>
      )}
      {state.phase === "done" && <ImportReportView lng={lng} report={state.report} />}
      {state.phase === "failed" && state.report && <ImportReportView lng={lng} report={state.report} />}
    </>
  );
}
