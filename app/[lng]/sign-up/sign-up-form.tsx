"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useT } from "@/app/_components/use-t";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ActionResult } from "@/app/_lib/guarded-action";
import { TextField } from "@/app/_components/text-field";
import { signUpAction } from "./actions";

type Props = { lng: string; languages: { value: string; label: string }[]; passwordMin: number };

export function SignUpForm({ lng, languages, passwordMin }: Props) {
  const t = useT();
  const router = useRouter();
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    async (formData): Promise<ActionResult<null>> => {
      const result = await signUpAction(lng, formData);
      return result.ok ? { ok: true, value: null } : result;
    },
    async (_, __, formData) => {
      const signedIn = await signIn("credentials", {
        email: formData.get("email"),
        password: formData.get("password"),
        redirect: false,
      });
      router.replace(signedIn?.ok ? `/${lng}/dashboard` : `/${lng}/sign-in`);
      router.refresh();
    },
  );

  return (
    // method="post": a submit before the page's script has loaded must never put the password in the URL.
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{fields.form ?? t("auth:signUp.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("auth:signUp.failed")}</FormAlert>}
      <TextField
        name="displayName"
        label={t("auth:signUp.displayName")}
        hint={t("auth:signUp.displayNameHint")}
        autoComplete="name"
        error={fields.displayName}
      />
      <TextField name="email" type="email" label={t("auth:signUp.email")} autoComplete="email" error={fields.email} />
      <TextField
        name="password"
        type="password"
        label={t("auth:signUp.password")}
        hint={t("auth:signUp.passwordHint", { count: passwordMin })}
        autoComplete="new-password"
        error={fields.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("auth:signUp.confirmPassword")}
        autoComplete="new-password"
        error={fields.confirmPassword}
      />
      <CheckboxGroup
        name="languages"
        legend={t("auth:signUp.languages")}
        hint={t("auth:signUp.languagesHint")}
        error={fields.languages}
        options={languages}
      />
      <button type="submit" className="button button-large" disabled={pending}>
        {pending ? t("auth:signUp.submitting") : t("auth:signUp.submit")}
      </button>
    </form>
  );
}
