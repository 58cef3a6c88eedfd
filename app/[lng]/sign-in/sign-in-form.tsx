"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useT } from "@/app/_components/use-t";
import { FormAlert } from "@/app/_components/form-alert";
import { TextField } from "@/app/_components/text-field";
import { signInSchema } from "@/lib/validation/account-schemas";
import { validate } from "@/lib/validation/validate";
import type { Message } from "@/lib/validation/message";
import { signInProblem, type SignInProblem } from "./sign-in-problem";

type Problem = SignInProblem | null;

export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError: Problem }) {
  const t = useT();
  const translate = (msg: Message) => String(t(msg.key as never, msg.values as never));
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem>(initialError);
  const [fields, setFields] = useState<Record<string, Message>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const parsed = validate(signInSchema, input);
    if (!parsed.ok) {
      setFields(parsed.fields);
      setProblem(null);
      return;
    }
    setFields({});
    startTransition(async () => {
      try {
        const result = await signIn("credentials", { ...parsed.data, redirect: false });
        if (!result?.ok) {
          // One message for unknown e-mail, wrong password and disabled account alike; another,
          // with the wait, once too many sign-ins have failed.
          setProblem(signInProblem(result?.error));
          return;
        }
        router.replace(callbackPath);
        router.refresh();
      } catch {
        setProblem({ kind: "failed" });
      }
    });
  }

  return (
    // method="post": a submit before the page's script has loaded must never put the password in the URL.
    <form
      method="post"
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={problem ? "sign-in-problem" : undefined}
    >
      {problem && (
        <FormAlert id="sign-in-problem">
          {problem.kind === "rateLimited"
            ? t("auth:signIn.rateLimited", { count: problem.minutes })
            : t(`auth:signIn.${problem.kind}`)}
        </FormAlert>
      )}
      <TextField
        name="email"
        type="email"
        label={t("auth:signIn.email")}
        autoComplete="email"
        error={fields.email && translate(fields.email)}
      />
      <TextField
        name="password"
        type="password"
        label={t("auth:signIn.password")}
        autoComplete="current-password"
        error={fields.password && translate(fields.password)}
      />
      <button type="submit" className="button button-large" disabled={pending}>
        {pending ? t("auth:signIn.submitting") : t("auth:signIn.submit")}
      </button>
    </form>
  );
}
