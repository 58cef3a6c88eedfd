"use client";

import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { TextAreaField, TextField } from "@/app/_components/text-field";
import { useT } from "@/app/_components/use-t";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { textDirection } from "@/lib/languages";

type Props = {
  /** Field errors, already in the reader's language. */
  fields: Record<string, string>;
  sourceLanguage: string;
  targetLanguage: string;
  /** The term being edited; absent when adding one. */
  current?: GlossaryEntry;
};

/** A term's fields, shared by the add and edit forms; each text is typed in its own language. */
export function TermFields({ fields, sourceLanguage, targetLanguage, current }: Props) {
  const t = useT();
  const source = { lang: sourceLanguage, dir: textDirection(sourceLanguage) };
  const target = { lang: targetLanguage, dir: textDirection(targetLanguage) };
  return (
    <>
      <TextField
        name="term"
        label={t("glossary:form.term")}
        hint={t("glossary:form.termHint")}
        error={fields.term}
        defaultValue={current?.term}
        maxLength={200}
        required
        {...source}
      />
      <TextField
        name="translation"
        label={t("glossary:form.translation")}
        error={fields.translation}
        defaultValue={current?.translation}
        maxLength={200}
        required
        {...target}
      />
      <TextField
        name="partOfSpeech"
        label={t("glossary:form.partOfSpeech")}
        hint={t("glossary:form.partOfSpeechHint")}
        error={fields.partOfSpeech}
        defaultValue={current?.partOfSpeech ?? ""}
        maxLength={40}
      />
      <TextAreaField
        name="note"
        rows={2}
        label={t("glossary:form.note")}
        hint={t("glossary:form.noteHint")}
        error={fields.note}
        defaultValue={current?.note ?? ""}
        maxLength={1000}
      />
      <TextAreaField
        name="forbidden"
        rows={2}
        label={t("glossary:form.forbidden")}
        hint={t("glossary:form.forbiddenHint")}
        error={fields.forbidden}
        defaultValue={current?.forbidden.join("\n") ?? ""}
        {...target}
      />
      <CheckboxGroup
        name="caseSensitive"
        legend={t("glossary:columns.caseSensitive")}
        hint={t("glossary:form.caseSensitiveHint")}
        error={fields.caseSensitive}
        options={[{ value: "true", label: t("glossary:caseSensitive") }]}
        defaultChecked={current?.caseSensitive ? ["true"] : []}
      />
    </>
  );
}
