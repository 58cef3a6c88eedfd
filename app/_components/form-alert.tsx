import type { ReactNode } from "react";

/** A form-level problem, announced to screen readers as soon as it appears. */
export function FormAlert({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} role="alert" className="alert alert-error">
      {children}
    </div>
  );
}
