"use client";

import { useActionState } from "react";
import { useT } from "@/app/_components/use-t";
import { FormOutcome, useOutcomeFocus } from "../../form-outcome";
import { IDLE, type FormState } from "../../form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  disabled: boolean;
};

/** One button: disables an active account, or enables a disabled one. */
export function StatusForm({ action, disabled }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const { formRef, outcomeRef } = useOutcomeFocus(state);
  return (
    <form ref={formRef} action={formAction} className="form compact-form">
      <FormOutcome state={state} outcomeRef={outcomeRef} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" className={disabled ? "button" : "button button-quiet"} disabled={pending}>
        {pending
          ? t("admin:person.saving")
          : disabled
            ? t("admin:person.enableSubmit")
            : t("admin:person.disableSubmit")}
      </button>
    </form>
  );
}
