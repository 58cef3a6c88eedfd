"use client";

import { useActionState } from "react";
import { SelectField } from "@/app/_components/text-field";
import { useT } from "@/app/_components/use-t";
import { fieldError, FormOutcome, useOutcomeFocus } from "../../form-outcome";
import { IDLE, type FormState } from "../../form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  role: string;
  roles: { value: string; label: string }[];
};

/** Gives the person another role; the server signs them out everywhere. */
export function RoleForm({ action, role, roles }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const { formRef, outcomeRef } = useOutcomeFocus(state);
  return (
    <form ref={formRef} action={formAction} className="form compact-form" noValidate>
      <FormOutcome state={state} outcomeRef={outcomeRef} />
      <SelectField
        // Remounted with the saved role, so the choice shown is always the one in force.
        key={role}
        name="role"
        label={t("admin:person.roleField")}
        defaultValue={role}
        options={roles}
        error={fieldError(state, "role")}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("admin:person.saving") : t("admin:person.roleSubmit")}
      </button>
    </form>
  );
}
