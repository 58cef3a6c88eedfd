"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { deleteTermAction, updateTermAction } from "./actions";
import { TermFields } from "./term-fields";

type Direction = { lang: string; dir: "ltr" | "rtl" };

type Props = {
  lng: string;
  term: GlossaryEntry;
  columns: number;
  languages: { source: Direction; target: Direction };
  onSaved: (term: string) => void;
  onDeleted: (term: string) => void;
  /** Called when an edit or a deletion starts, so an old outcome is not announced again. */
  onStart: () => void;
};

/** One term: shown, edited in place, or asking to confirm its deletion. */
export function TermRow({ lng, term, columns, languages, onSaved, onDeleted, onStart }: Props) {
  const t = useT();
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [deleteFailed, setDeleteFailed] = useState(false);
  const [deleting, startDelete] = useTransition();
  const actionsRef = useRef<HTMLDivElement>(null);
  const previousMode = useRef(mode);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => updateTermAction(lng, term.id, formData),
    ({ term: saved }) => {
      setMode("view");
      onSaved(saved);
      router.refresh();
    },
  );

  // Keyboard users land in the form they opened, and back on the row's buttons when they leave it.
  useEffect(() => {
    if (mode === "edit") formRef.current?.querySelector<HTMLElement>("input, textarea")?.focus();
    else if (mode === "view" && previousMode.current !== "view") actionsRef.current?.querySelector("button")?.focus();
    previousMode.current = mode;
  }, [mode, formRef]);

  function confirmDelete() {
    startDelete(async () => {
      setDeleteFailed(false);
      try {
        const result = await deleteTermAction(lng, term.id);
        // Already gone (deleted in another tab): the refreshed table shows that too.
        if (result.ok || "notFound" in result) {
          onDeleted(term.term);
          router.refresh();
        } else setDeleteFailed(true);
      } catch {
        setDeleteFailed(true);
      }
    });
  }

  if (mode === "edit") {
    return (
      <tr className="glossary-editing">
        <td colSpan={columns}>
          <form ref={formRef} method="post" className="form compact-form" onSubmit={onSubmit} noValidate>
            <h3>{t("glossary:editTerm", { term: term.term })}</h3>
            {hasErrors && <FormAlert>{fields.form ?? t("glossary:form.fixErrors")}</FormAlert>}
            {failed && <FormAlert>{t("glossary:form.failed")}</FormAlert>}
            <TermFields
              fields={fields}
              sourceLanguage={languages.source.lang}
              targetLanguage={languages.target.lang}
              current={term}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={pending}>
                {pending ? t("glossary:saving") : t("glossary:save")}
              </button>
              <button type="button" className="button button-quiet" onClick={() => setMode("view")}>
                {t("glossary:cancel")}
              </button>
            </div>
          </form>
        </td>
      </tr>
    );
  }

  return (
    <tr>
      <td>
        <span {...languages.source} className="glossary-term">
          {term.term}
        </span>
      </td>
      <td>
        <span {...languages.target}>{term.translation}</span>
      </td>
      <td>{term.partOfSpeech}</td>
      <td className="glossary-note">{term.note}</td>
      <td>
        {term.forbidden.length > 0 && (
          <ul className="plain-list compact" {...languages.target}>
            {term.forbidden.map((text) => (
              <li key={text}>
                <del>{text}</del>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{term.caseSensitive ? t("glossary:caseSensitive") : t("glossary:anyCase")}</td>
      <td>
        {mode === "confirm" ? (
          <div role="group" aria-label={t("glossary:deleteTerm", { term: term.term })} className="glossary-confirm">
            <p>{t("glossary:confirmDelete", { term: term.term })}</p>
            {deleteFailed && <FormAlert>{t("glossary:form.failed")}</FormAlert>}
            <div className="button-row">
              <button type="button" className="button" onClick={confirmDelete} disabled={deleting} autoFocus>
                {t("glossary:confirmDeleteYes")}
              </button>
              <button type="button" className="button button-quiet" onClick={() => setMode("view")}>
                {t("glossary:cancel")}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row" ref={actionsRef}>
            <button
              type="button"
              className="button button-quiet"
              aria-label={t("glossary:editTerm", { term: term.term })}
              onClick={() => {
                onStart();
                setMode("edit");
              }}
            >
              {t("glossary:edit")}
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={t("glossary:deleteTerm", { term: term.term })}
              onClick={() => {
                onStart();
                setDeleteFailed(false);
                setMode("confirm");
              }}
            >
              {t("glossary:delete")}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
