import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame";

type Labelled = { name: string; label: string; hint?: string; /** Already in the reader's language. */ error?: string };

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  hint,
  error,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & Labelled) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <input {...control} {...input} />}
    </FieldFrame>
  );
}

/** A labelled multi-line text box. */
export function TextAreaField({
  label,
  hint,
  error,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & Labelled) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} {...textarea} />}
    </FieldFrame>
  );
}

/** A labelled choice among options. */
/** `translate: "no"` marks an option naming people's data (a name, a region typed by an editor). */
export type SelectOption = { value: string; label: string; translate?: "no" };

export function SelectField({
  label,
  hint,
  error,
  options,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & Labelled & { options: SelectOption[] }) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value} translate={option.translate}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
