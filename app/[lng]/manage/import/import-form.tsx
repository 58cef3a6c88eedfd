"use client";

import { useRouter } from "next/navigation";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField, TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { importArticleAction } from "../actions";
import { SourceFields } from "../source-fields";

type Props = {
  lng: string;
  languages: { value: string; label: string }[];
  goals: { value: string; label: string }[];
};

export function ImportForm({ lng, languages, goals }: Props) {
  const t = useT();
  const router = useRouter();
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => importArticleAction(lng, formData),
    ({ slug }) => router.push(`/${lng}/manage/articles/${slug}`),
  );

  return (
    <form ref={formRef} method="post" encType="multipart/form-data" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{t("manage:form.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("manage:form.failed")}</FormAlert>}
      <TextField name="title" label={t("manage:import.titleField")} error={fields.title} />
      <TextField name="slug" label={t("manage:import.slug")} hint={t("manage:import.slugHint")} error={fields.slug} />
      <SelectField
        name="sourceLanguage"
        label={t("manage:import.sourceLanguage")}
        error={fields.sourceLanguage}
        defaultValue="en"
        options={languages}
      />
      <SourceFields fields={fields} />
      <TextField
        name="region"
        label={t("manage:import.region")}
        hint={t("manage:import.regionHint")}
        error={fields.region}
      />
      <CheckboxGroup name="sdgGoals" legend={t("manage:import.sdgGoals")} error={fields.sdgGoals} options={goals} />
      <TextField
        name="topics"
        label={t("manage:import.topics")}
        hint={t("manage:import.topicsHint")}
        error={fields.topics}
      />
      <button type="submit" className="button button-large" disabled={pending}>
        {pending ? t("manage:import.submitting") : t("manage:import.submit")}
      </button>
    </form>
  );
}
