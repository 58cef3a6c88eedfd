import { useId } from "react";

type Props = {
  name: string;
  legend: string;
  hint?: string;
  /** Already in the reader's language. */
  error?: string;
  options: { value: string; label: string }[];
  defaultChecked?: readonly string[];
};

/** A group of checkboxes under one legend, with its hint and error announced for the whole group. */
export function CheckboxGroup({ name, legend, hint, error, options, defaultChecked = [] }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={error ? "field field-invalid" : "field"}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultChecked.includes(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
