"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { addTermAction } from "./actions";
import { TermFields } from "./term-fields";

type Props = { lng: string; sourceLanguage: string; targetLanguage: string };

/** Adds a term to the pair shown; the form empties for the next one and the table refreshes. */
export function AddTermForm({ lng, sourceLanguage, targetLanguage }: Props) {
  const t = useT();
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => addTermAction(lng, formData),
    ({ term }, form) => {
      setAdded(term);
      form.reset();
      form.querySelector<HTMLInputElement>("input[name='term']")?.focus();
      router.refresh();
    },
  );
  return (
    <form
      ref={formRef}
      method="post"
      className="form compact-form"
      onSubmit={(event) => {
        setAdded(null);
        onSubmit(event);
      }}
      noValidate
    >
      {hasErrors && (
        <FormAlert>
          {fields.form ?? fields.targetLanguage ?? fields.sourceLanguage ?? t("glossary:form.fixErrors")}
        </FormAlert>
      )}
      {failed && <FormAlert>{t("glossary:form.failed")}</FormAlert>}
      <p role="status" className={added ? "alert alert-success" : "visually-hidden"}>
        {added && t("glossary:form.added", { term: added })}
      </p>
      <input type="hidden" name="sourceLanguage" value={sourceLanguage} />
      <input type="hidden" name="targetLanguage" value={targetLanguage} />
      <TermFields fields={fields} sourceLanguage={sourceLanguage} targetLanguage={targetLanguage} />
      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("glossary:form.adding") : t("glossary:form.add")}
        </button>
      </p>
    </form>
  );
}
