"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { submitJobAction } from "../actions";

type Props = { lng: string; jobId: number; unconfirmed: number; problems: number; waiting: number };

/** Hands the job to review once every segment is confirmed, no tag problem is left and all is saved. */
export function SubmitJob({ lng, jobId, unconfirmed, problems, waiting }: Props) {
  const t = useT();
  const router = useRouter();
  const { formRef, pending, fields, failed, onSubmit } = useActionForm(
    () => submitJobAction(lng, jobId),
    () => router.refresh(),
  );
  const blocker =
    unconfirmed > 0
      ? t("editor:submit.unconfirmed", { count: unconfirmed })
      : problems > 0
        ? t("editor:submit.problems", { count: problems })
        : waiting > 0
          ? t("editor:submit.waiting", { count: waiting })
          : null;
  return (
    <form ref={formRef} method="post" className="submit-job" onSubmit={onSubmit} noValidate>
      <h2>{t("editor:submit.title")}</h2>
      {fields.form && <FormAlert>{fields.form}</FormAlert>}
      {failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
      <p id="submit-help">{blocker ?? t("editor:submit.ready")}</p>
      <button
        type="submit"
        className="button button-large"
        disabled={pending || blocker !== null}
        aria-describedby="submit-help"
      >
        {pending ? t("editor:submit.submitting") : t("editor:submit.button")}
      </button>
    </form>
  );
}
