"use client";

import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { publishAction, unpublishAction } from "./publish-actions";

type Props = {
  lng: string;
  jobId: number;
  canPublish: boolean;
  canUnpublish: boolean;
  /** The job was published before: the button says "Republish". */
  republish: boolean;
};

/** Publish, republish or unpublish one job's translation, with the outcome announced. */
export function PublicationControls({ lng, jobId, canPublish, canUnpublish, republish }: Props) {
  const t = useT();
  const [done, setDone] = useState<"published" | "unpublished" | null>(null);
  const {
    formRef: publishRef,
    pending: publishing,
    fields: publishFields,
    failed: publishFailed,
    onSubmit: onPublish,
  } = useActionForm(
    () => publishAction(lng, jobId),
    () => setDone("published"),
  );
  const {
    formRef: unpublishRef,
    pending: unpublishing,
    fields: unpublishFields,
    failed: unpublishFailed,
    onSubmit: onUnpublish,
  } = useActionForm(
    () => unpublishAction(lng, jobId),
    () => setDone("unpublished"),
  );
  const error =
    publishFields.form ??
    unpublishFields.form ??
    (publishFailed || unpublishFailed ? t("publishing:manage.failed") : undefined);
  const pending = publishing || unpublishing;

  return (
    <div className="publication-controls">
      {error && <FormAlert>{error}</FormAlert>}
      <p role="status" className="publication-outcome">
        {done === "published" && t("publishing:manage.publishedNow")}
        {done === "unpublished" && t("publishing:manage.unpublishedNow")}
      </p>
      {canPublish && (
        <form
          ref={publishRef}
          method="post"
          onSubmit={(event) => {
            setDone(null);
            onPublish(event);
          }}
        >
          <button type="submit" className="button" disabled={pending}>
            {publishing
              ? t("publishing:manage.publishing")
              : republish
                ? t("publishing:manage.republish")
                : t("publishing:manage.publish")}
          </button>
        </form>
      )}
      {canUnpublish && (
        <form
          ref={unpublishRef}
          method="post"
          onSubmit={(event) => {
            setDone(null);
            onUnpublish(event);
          }}
        >
          <button type="submit" className="button button-quiet" disabled={pending}>
            {unpublishing ? t("publishing:manage.unpublishing") : t("publishing:manage.unpublish")}
          </button>
        </form>
      )}
    </div>
  );
}
