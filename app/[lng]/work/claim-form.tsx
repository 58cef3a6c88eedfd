"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { claimJobAction } from "./actions";

type Props = {
  lng: string;
  jobId: number;
  /** The id of the element naming the job (its title), so "Claim" says which job it claims. */
  describedBy: string;
  defaultDays: number;
  maxDays: number;
};

/** Claims one job of the catalogue for a number of days, then opens it in the translation editor. */
export function ClaimForm({ lng, jobId, describedBy, defaultDays, maxDays }: Props) {
  const t = useT();
  const router = useRouter();
  const { formRef, pending, fields, failed, onSubmit } = useActionForm(
    (formData) => claimJobAction(lng, jobId, formData),
    ({ jobId: claimed }) => router.push(`/${lng}/jobs/${claimed}`),
  );
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate>
      {/* Not "fix the fields below": a refused claim ("Ana has just claimed this job") is news, not a typo. */}
      {fields.form && <FormAlert>{fields.form}</FormAlert>}
      {failed && <FormAlert>{t("work:claim.failed")}</FormAlert>}
      <TextField
        name="days"
        type="number"
        inputMode="numeric"
        min={1}
        max={maxDays}
        step={1}
        defaultValue={defaultDays}
        label={t("work:claim.days", { max: new Intl.NumberFormat(lng).format(maxDays) })}
        error={fields.days}
      />
      <button type="submit" className="button" disabled={pending} aria-describedby={describedBy}>
        {pending ? t("work:claim.submitting") : t("work:claim.submit")}
      </button>
    </form>
  );
}
