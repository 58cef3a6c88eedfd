"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { TextAreaField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import type { ActionResult } from "@/app/_lib/guarded-action";
import { approveJobAction, releaseReviewAction, requestChangesAction, takeReviewAction } from "./actions";

type Props = {
  lng: string;
  jobId: number;
  /** The job waits for a reviewer and the user may take it. */
  canTake: boolean;
  /** The user holds the review. */
  holding: boolean;
  rejected: number;
};

/** The job-level decisions: take the review, approve everything left, send back, or give back. */
export function ReviewControls({ lng, jobId, canTake, holding, rejected }: Props) {
  const t = useT();
  const router = useRouter();
  const refresh = () => router.refresh();

  if (canTake) {
    return (
      <DecisionForm className="review-controls" submit={() => takeReviewAction(lng, jobId)} onDone={refresh}>
        {(pending) => (
          <>
            <p>{t("review:controls.takeHelp")}</p>
            <button type="submit" className="button button-large" disabled={pending} aria-describedby="review-title">
              {t("review:controls.take")}
            </button>
          </>
        )}
      </DecisionForm>
    );
  }
  if (!holding) return null;

  return (
    <section className="review-controls" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title">{t("review:controls.title")}</h2>
      <DecisionForm submit={() => approveJobAction(lng, jobId)} onDone={refresh}>
        {(pending) => (
          <>
            <p id="approve-help">
              {rejected > 0
                ? t("review:controls.approveBlocked", { count: rejected })
                : t("review:controls.approveHelp")}
            </p>
            <button
              type="submit"
              className="button button-large"
              disabled={pending || rejected > 0}
              aria-describedby="approve-help"
            >
              {t("review:controls.approveAll")}
            </button>
          </>
        )}
      </DecisionForm>
      <DecisionForm
        className="form compact-form"
        submit={(formData) => requestChangesAction(lng, jobId, formData)}
        onDone={refresh}
      >
        {(pending, fields) => (
          <>
            <TextAreaField
              name="note"
              rows={2}
              label={t("review:controls.noteLabel")}
              hint={t("review:controls.noteHint")}
              error={fields.note}
            />
            <button type="submit" className="button button-quiet" disabled={pending || rejected === 0}>
              {t("review:controls.requestChanges", { count: rejected })}
            </button>
          </>
        )}
      </DecisionForm>
      <DecisionForm submit={() => releaseReviewAction(lng, jobId)} onDone={() => router.push(`/${lng}/review`)}>
        {(pending) => (
          <button type="submit" className="button button-quiet" disabled={pending}>
            {t("review:controls.release")}
          </button>
        )}
      </DecisionForm>
    </section>
  );
}

/** One decision as a form: the refusal ("someone else took it") shows above its button. */
function DecisionForm<T>({
  submit,
  onDone,
  className,
  children,
}: {
  submit: (formData: FormData) => Promise<ActionResult<T>>;
  onDone: () => void;
  className?: string;
  children: (pending: boolean, fields: Record<string, string>) => ReactNode;
}) {
  const t = useT();
  const { formRef, pending, fields, failed, onSubmit } = useActionForm(submit, onDone);
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className={className} noValidate>
      {fields.form && <FormAlert>{fields.form}</FormAlert>}
      {failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
      {children(pending, fields)}
    </form>
  );
}
