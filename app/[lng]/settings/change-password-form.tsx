"use client";

import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { changePasswordAction } from "./actions";

type Props = { lng: string; email: string; passwordMin: number };

/** Current, new and repeated password; on success the fields are emptied and a confirmation shown. */
export function ChangePasswordForm({ lng, email, passwordMin }: Props) {
  const t = useT();
  const [done, setDone] = useState(false);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => {
      setDone(false);
      return changePasswordAction(lng, formData);
    },
    (_, form) => {
      form.reset();
      setDone(true);
    },
  );
  return (
    // method="post": a submit before the page's script has loaded must never put a password in the URL.
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{fields.form ?? t("account:password.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("account:password.failed")}</FormAlert>}
      {done && (
        <p role="status" className="alert alert-success">
          {t("account:password.done")}
        </p>
      )}
      {/* Tells password managers whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        type="password"
        label={t("account:password.current")}
        autoComplete="current-password"
        error={fields.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        label={t("account:password.new")}
        hint={t("account:password.newHint", { count: passwordMin })}
        autoComplete="new-password"
        error={fields.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("account:password.confirm")}
        autoComplete="new-password"
        error={fields.confirmPassword}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("account:password.submitting") : t("account:password.submit")}
      </button>
    </form>
  );
}
