"use client";

import { useEffect, useRef, type RefObject } from "react";
import { useT } from "@/app/_components/use-t";
import type { FormState } from "./form-state";

/**
 * After each submission, focus goes where the user must look: the first field to fix, or else the
 * outcome message, so keyboard and screen-reader users hear what happened.
 */
export function useOutcomeFocus(state: FormState) {
  const formRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const submission = state.status === "idle" ? 0 : state.submission;
  useEffect(() => {
    if (!submission) return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? outcomeRef.current)?.focus();
  }, [submission]);
  return { formRef, outcomeRef };
}

/** The outcome of the last submission: a success announced politely, a problem as an alert. */
export function FormOutcome({ state, outcomeRef }: { state: FormState; outcomeRef: RefObject<HTMLDivElement | null> }) {
  const t = useT();
  if (state.status === "done") {
    return (
      <div ref={outcomeRef} tabIndex={-1} role="status" className="alert alert-success">
        {state.message}
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <div ref={outcomeRef} tabIndex={-1} role="alert" className="alert alert-error">
        {state.fields.form ?? t("admin:errors.fixErrors")}
      </div>
    );
  }
  return null;
}

/** A field's error from the last submission, if any. */
export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.fields[field] : undefined;
}
