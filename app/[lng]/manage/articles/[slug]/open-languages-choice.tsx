"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { openArticleAction } from "../../actions";

type Props = { lng: string; articleId: number; languages: { value: string; label: string }[] };

/** Opens the article for translation into the languages chosen (among those offered): one open job each. */
export function OpenLanguagesChoice({ lng, articleId, languages }: Props) {
  const t = useT();
  const router = useRouter();
  const [opened, setOpened] = useState<number | null>(null);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => openArticleAction(lng, articleId, formData),
    ({ opened: count }, element) => {
      setOpened(count);
      element.reset();
      router.refresh();
    },
  );
  return (
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{t("manage:form.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
      {opened !== null && (
        <p role="status" className="alert alert-success">
          {t("manage:article.opened", { count: opened })}
        </p>
      )}
      <CheckboxGroup
        name="targetLanguages"
        legend={t("manage:article.openLegend")}
        hint={t("manage:article.openHint")}
        error={fields.targetLanguages}
        options={languages}
      />
      <button type="submit" className="button" disabled={pending}>
        {t("manage:article.openSubmit")}
      </button>
    </form>
  );
}
