"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { TextField } from "@/app/_components/text-field";
import { useT } from "@/app/_components/use-t";
import { fieldError, FormOutcome, useOutcomeFocus } from "../form-outcome";
import { IDLE, type FormState } from "../form-state";

type Bounds = { min: number; max: number };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  values: { maxActiveClaims: number; claimDays: number; offeredLanguages: string[] };
  defaults: { maxActiveClaims: number; claimDays: number };
  bounds: { maxActiveClaims: Bounds; claimDays: Bounds };
  languages: { value: string; label: string }[];
  /** "Last changed …" per setting, already in the page's language. */
  notes: { maxActiveClaims: string; claimDays: string; offeredLanguages: string };
};

/** The claim limits and the languages offered, saved together; only what changed is recorded. */
export function SettingsForm({ action, values, defaults, bounds, languages, notes }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const { formRef, outcomeRef } = useOutcomeFocus(state);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="form"
      noValidate
      // Remounted with the saved values, so the form always shows the settings in force.
      key={`${values.maxActiveClaims}|${values.claimDays}|${values.offeredLanguages.join(",")}`}
    >
      <FormOutcome state={state} outcomeRef={outcomeRef} />
      <TextField
        name="maxActiveClaims"
        type="number"
        inputMode="numeric"
        min={bounds.maxActiveClaims.min}
        max={bounds.maxActiveClaims.max}
        step={1}
        required
        label={t("admin:settings.maxActiveClaims")}
        hint={`${t("admin:settings.maxActiveClaimsHint", { ...bounds.maxActiveClaims, default: defaults.maxActiveClaims })} ${notes.maxActiveClaims}`}
        defaultValue={values.maxActiveClaims}
        error={fieldError(state, "maxActiveClaims")}
      />
      <TextField
        name="claimDays"
        type="number"
        inputMode="numeric"
        min={bounds.claimDays.min}
        max={bounds.claimDays.max}
        step={1}
        required
        label={t("admin:settings.claimDays")}
        hint={`${t("admin:settings.claimDaysHint", { ...bounds.claimDays, default: defaults.claimDays })} ${notes.claimDays}`}
        defaultValue={values.claimDays}
        error={fieldError(state, "claimDays")}
      />
      <CheckboxGroup
        name="offeredLanguages"
        legend={t("admin:settings.offeredLanguages")}
        hint={`${t("admin:settings.offeredLanguagesHint")} ${notes.offeredLanguages}`}
        options={languages}
        defaultChecked={values.offeredLanguages}
        error={fieldError(state, "offeredLanguages")}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("admin:person.saving") : t("admin:settings.submit")}
      </button>
    </form>
  );
}
