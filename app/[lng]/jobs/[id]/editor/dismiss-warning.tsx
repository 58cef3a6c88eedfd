"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { useT } from "@/app/_components/use-t";
import type { QaDismissal } from "@/lib/qa/dismissals";
import type { QaCheckId } from "@/lib/qa/types";
import { dismissWarningAction } from "../actions";

type Props = {
  lng: string;
  jobId: number;
  segmentId: number;
  check: QaCheckId;
  /** The translation as shown: the dismissal holds for this text only. */
  text: string;
  onDismissed: (segmentId: number, dismissals: QaDismissal[]) => void;
};

/** "Dismiss…": a warning the volunteer judges fine here, with the reason the reviewer will read. */
export function DismissWarning({ lng, jobId, segmentId, check, text, onDismissed }: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === "") {
      setError(t("editor:checks.reasonRequired"));
      return;
    }
    startTransition(async () => {
      try {
        const result = await dismissWarningAction(lng, { jobId, segmentId, check, text, reason });
        if (result.ok) {
          setError(null);
          setOpen(false);
          onDismissed(segmentId, result.value.dismissedWarnings);
        } else if ("notFound" in result) setError(t("manage:form.failed"));
        else setError(Object.values(result.fields)[0] ?? t("manage:form.failed"));
      } catch {
        setError(t("manage:form.failed"));
      }
    });
  }

  return (
    <div className="dismiss-warning">
      <button
        type="button"
        className="button-link"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((was) => !was)}
      >
        {t("editor:checks.dismiss")}
        <span className="visually-hidden"> {t("editor:checks.dismissWhich", { check: t(`qa:${check}.name`) })}</span>
      </button>
      <form id={`${id}-form`} className="dismiss-form" hidden={!open} onSubmit={submit} noValidate>
        <label htmlFor={`${id}-reason`}>{t("editor:checks.reason")}</label>
        <input
          id={`${id}-reason`}
          name="reason"
          value={reason}
          maxLength={500}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-small" disabled={pending}>
            {t("editor:checks.dismissSubmit")}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => setOpen(false)}>
            {t("editor:checks.cancel")}
          </button>
        </div>
      </form>
    </div>
  );
}
