"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import type { SourceUpdate } from "@/lib/articles/reimport-article";
import { updateSourceAction } from "../../actions";
import { SourceFields } from "../../source-fields";

type Props = { lng: string; articleId: number };

/** Re-imports a newer source: unchanged sentences keep their translations, changed ones are outdated. */
export function UpdateSourceForm({ lng, articleId }: Props) {
  const t = useT();
  const router = useRouter();
  const [update, setUpdate] = useState<SourceUpdate | null>(null);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => updateSourceAction(lng, articleId, formData),
    (result, element) => {
      setUpdate(result);
      element.reset();
      router.refresh();
    },
  );
  return (
    <form ref={formRef} method="post" encType="multipart/form-data" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{t("manage:form.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
      {update && (
        <p role="status" className="alert alert-success">
          {t("manage:update.done", {
            number: update.revisionNumber,
            unchanged: update.unchanged,
            changed: update.changed,
            added: update.added,
            retired: update.retired,
          })}
        </p>
      )}
      <SourceFields fields={fields} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("manage:update.submitting") : t("manage:update.submit")}
      </button>
    </form>
  );
}
