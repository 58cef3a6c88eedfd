"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { useT } from "@/app/_components/use-t";
import { fieldError, FormOutcome, useOutcomeFocus } from "../../form-outcome";
import { IDLE, type FormState } from "../../form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  languages: { value: string; label: string }[];
  translateLanguages: string[];
  reviewLanguages: string[];
};

/** The languages the person translates into and reviews, as two groups of checkboxes. */
export function LanguagesForm({ action, languages, translateLanguages, reviewLanguages }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const { formRef, outcomeRef } = useOutcomeFocus(state);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="form"
      noValidate
      // Remounted with the saved languages, so the boxes shown are always the ones in force.
      key={`${translateLanguages.join(",")}|${reviewLanguages.join(",")}`}
    >
      <FormOutcome state={state} outcomeRef={outcomeRef} />
      <CheckboxGroup
        name="translate"
        legend={t("admin:person.translateLegend")}
        options={languages}
        defaultChecked={translateLanguages}
        error={fieldError(state, "translate")}
      />
      <CheckboxGroup
        name="review"
        legend={t("admin:person.reviewLegend")}
        hint={t("admin:person.reviewHint")}
        options={languages}
        defaultChecked={reviewLanguages}
        error={fieldError(state, "review")}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("admin:person.saving") : t("admin:person.languagesSubmit")}
      </button>
    </form>
  );
}
