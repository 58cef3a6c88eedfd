"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { TextAreaField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
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
  const take = useActionForm(() => takeReviewAction(lng, jobId), refresh);
  const approve = useActionForm(() => approveJobAction(lng, jobId), refresh);
  const send = useActionForm((formData) => requestChangesAction(lng, jobId, formData), refresh);
  const release = useActionForm(
    () => releaseReviewAction(lng, jobId),
    () => router.push(`/${lng}/review`),
  );

  if (canTake) {
    return (
      <form ref={take.formRef} method="post" onSubmit={take.onSubmit} className="review-controls" noValidate>
        {take.fields.form && <FormAlert>{take.fields.form}</FormAlert>}
        {take.failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
        <p>{t("review:controls.takeHelp")}</p>
        <button type="submit" className="button button-large" disabled={take.pending} aria-describedby="review-title">
          {t("review:controls.take")}
        </button>
      </form>
    );
  }
  if (!holding) return null;

  return (
    <section className="review-controls" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title">{t("review:controls.title")}</h2>
      <form ref={approve.formRef} method="post" onSubmit={approve.onSubmit} noValidate>
        {approve.fields.form && <FormAlert>{approve.fields.form}</FormAlert>}
        {approve.failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
        <p id="approve-help">
          {rejected > 0 ? t("review:controls.approveBlocked", { count: rejected }) : t("review:controls.approveHelp")}
        </p>
        <button
          type="submit"
          className="button button-large"
          disabled={approve.pending || rejected > 0}
          aria-describedby="approve-help"
        >
          {t("review:controls.approveAll")}
        </button>
      </form>
      <form ref={send.formRef} method="post" onSubmit={send.onSubmit} className="form compact-form" noValidate>
        {send.fields.form && <FormAlert>{send.fields.form}</FormAlert>}
        {send.failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
        <TextAreaField
          name="note"
          rows={2}
          label={t("review:controls.noteLabel")}
          hint={t("review:controls.noteHint")}
          error={send.fields.note}
        />
        <button type="submit" className="button button-quiet" disabled={send.pending || rejected === 0}>
          {t("review:controls.requestChanges", { count: rejected })}
        </button>
      </form>
      <form ref={release.formRef} method="post" onSubmit={release.onSubmit} noValidate>
        {release.fields.form && <FormAlert>{release.fields.form}</FormAlert>}
        <button type="submit" className="button button-quiet" disabled={release.pending}>
          {t("review:controls.release")}
        </button>
      </form>
    </section>
  );
}
