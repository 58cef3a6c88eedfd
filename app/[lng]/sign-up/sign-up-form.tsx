"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useT } from "@/app/_components/use-t";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { signUpAction } from "./actions";

type Props = { lng: string; languages: { code: string; name: string }[]; passwordMin: number };

export function SignUpForm({ lng, languages, passwordMin }: Props) {
  const t = useT();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  // After errors render, take the keyboard (and screen reader) to the first field that needs attention.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [fields]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The form is not reset by React here: what the user typed stays while errors are shown.
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        setFailed(false);
        const result = await signUpAction(lng, formData);
        if (!result.ok) {
          setFields(result.fields);
          return;
        }
        setFields({});
        const signedIn = await signIn("credentials", {
          email: formData.get("email"),
          password: formData.get("password"),
          redirect: false,
        });
        router.replace(signedIn?.ok ? `/${lng}/dashboard` : `/${lng}/sign-in`);
        router.refresh();
      } catch {
        setFailed(true);
      }
    });
  }

  const hasErrors = Object.keys(fields).length > 0;
  return (
    // method="post": a submit before the page's script has loaded must never put the password in the URL.
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{t("auth:signUp.fixErrors")}</FormAlert>}
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
        options={languages.map((language) => ({ value: language.code, label: language.name }))}
      />
      <button type="submit" className="button button-large" disabled={pending}>
        {pending ? t("auth:signUp.submitting") : t("auth:signUp.submit")}
      </button>
    </form>
  );
}
