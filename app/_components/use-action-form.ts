"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/app/_lib/guarded-action";

/**
 * Submits a form to a server action without a page load. Field errors come back in the page's
 * language; what the user typed stays in the form; focus goes to the first field to fix.
 */
export function useActionForm<T>(
  submit: (formData: FormData) => Promise<ActionResult<T>>,
  /** Runs inside the same transition: the form stays busy until it is done, and a throw shows "failed". */
  onSuccess: (value: T, form: HTMLFormElement, formData: FormData) => void | Promise<void>,
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [fields]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    startTransition(async () => {
      try {
        setFailed(false);
        const result = await submit(formData);
        if (result.ok) {
          setFields({});
          await onSuccess(result.value, form, formData);
        } else if ("notFound" in result) setFailed(true);
        else setFields(result.fields);
      } catch {
        setFailed(true);
      }
    });
  }

  return { formRef, pending, fields, failed, hasErrors: Object.keys(fields).length > 0, onSubmit };
}
