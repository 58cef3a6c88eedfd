"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { TextAreaField, TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { extendClaimAction, releaseClaimAction } from "./actions";

type Props = { lng: string; jobId: number; canExtend: boolean; defaultDays: number; maxDays: number };

/** The assignee's claim: extend it once, or give the job back with a note for the next volunteer. */
export function ClaimControls({ lng, jobId, canExtend, defaultDays, maxDays }: Props) {
  const t = useT();
  const router = useRouter();
  const {
    formRef: extendRef,
    pending: extending,
    fields: extendFields,
    onSubmit: onExtend,
  } = useActionForm(
    (formData) => extendClaimAction(lng, jobId, formData),
    () => router.refresh(),
  );
  const {
    formRef: releaseRef,
    pending: releasing,
    fields: releaseFields,
    failed: releaseFailed,
    onSubmit: onRelease,
  } = useActionForm(
    (formData) => releaseClaimAction(lng, jobId, formData),
    () => router.push(`/${lng}/work`),
  );
  return (
    <details className="claim-controls">
      <summary>{t("editor:claim.manage")}</summary>
      {canExtend && (
        <form ref={extendRef} method="post" className="form compact-form" onSubmit={onExtend} noValidate>
          {extendFields.form && <FormAlert>{extendFields.form}</FormAlert>}
          <TextField
            name="days"
            type="number"
            min={1}
            max={maxDays}
            defaultValue={defaultDays}
            label={t("editor:claim.extendDays")}
            hint={t("editor:claim.extendHint")}
            error={extendFields.days}
          />
          <button type="submit" className="button" disabled={extending}>
            {t("editor:claim.extend")}
          </button>
        </form>
      )}
      <form ref={releaseRef} method="post" className="form compact-form" onSubmit={onRelease} noValidate>
        {(releaseFields.form || releaseFailed) && (
          <FormAlert>{releaseFields.form ?? t("manage:form.failed")}</FormAlert>
        )}
        <TextAreaField
          name="note"
          rows={2}
          label={t("editor:claim.releaseNote")}
          hint={t("editor:claim.releaseHint")}
          error={releaseFields.note}
        />
        <button type="submit" className="button button-quiet" disabled={releasing}>
          {t("editor:claim.release")}
        </button>
      </form>
    </details>
  );
}
