import { useId, type ReactNode } from "react";

export type FieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = {
  label: string;
  hint?: string;
  /** Already in the reader's language. */
  error?: string;
  /** Renders the control with the id and ARIA links that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
};

/** Label, hint and error around one form control, wired for screen readers. */
export function FieldFrame({ label, hint, error, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { "aria-invalid": true } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
