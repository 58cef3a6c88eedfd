"use client";

import { useT } from "@/app/_components/use-t";
import { SelectField, TextAreaField, TextField } from "@/app/_components/text-field";

type Props = { fields: Record<string, string> };

/** The source of an article: a file to upload, or text pasted with its format. */
export function SourceFields({ fields }: Props) {
  const t = useT();
  return (
    <fieldset className="field-group">
      <legend>{t("manage:source.legend")}</legend>
      <TextField
        name="file"
        type="file"
        accept=".md,.markdown,.txt,.html,.htm,text/markdown,text/html"
        label={t("manage:source.file")}
        hint={t("manage:source.fileHint")}
        error={fields.file}
      />
      <SelectField
        name="format"
        label={t("manage:source.format")}
        error={fields.format}
        defaultValue="markdown"
        options={[
          { value: "markdown", label: t("manage:source.formats.markdown") },
          { value: "html", label: t("manage:source.formats.html") },
        ]}
      />
      <TextAreaField
        name="content"
        rows={12}
        label={t("manage:source.content")}
        hint={t("manage:source.contentHint")}
        error={fields.content}
        spellCheck={false}
      />
    </fieldset>
  );
}
