"use client";

import { useState } from "react";
import { useT } from "@/app/_components/use-t";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { textDirection } from "@/lib/languages";
import { TermRow } from "./term-row";

type Props = {
  lng: string;
  sourceLanguage: string;
  targetLanguage: string;
  terms: GlossaryEntry[];
  labelledBy: string;
};

/**
 * The pair's terms, each editable and deletable in place. What was saved or deleted is announced
 * here, above the table: a deleted row is gone, and its own message with it.
 */
export function TermsTable({ lng, sourceLanguage, targetLanguage, terms, labelledBy }: Props) {
  const t = useT();
  const [outcome, setOutcome] = useState<string | null>(null);
  const languages = {
    source: { lang: sourceLanguage, dir: textDirection(sourceLanguage) },
    target: { lang: targetLanguage, dir: textDirection(targetLanguage) },
  };
  return (
    <>
      <p role="status" className={outcome ? "alert alert-success" : "visually-hidden"}>
        {outcome}
      </p>
      <div className="table-scroll">
        <table aria-labelledby={labelledBy} className="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t("glossary:columns.term")}</th>
              <th scope="col">{t("glossary:columns.translation")}</th>
              <th scope="col">{t("glossary:columns.partOfSpeech")}</th>
              <th scope="col">{t("glossary:columns.note")}</th>
              <th scope="col">{t("glossary:columns.forbidden")}</th>
              <th scope="col">{t("glossary:columns.caseSensitive")}</th>
              <th scope="col">{t("glossary:columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <TermRow
                key={term.id}
                lng={lng}
                term={term}
                columns={7}
                languages={languages}
                onSaved={(text) => setOutcome(t("glossary:saved", { term: text }))}
                onDeleted={(text) => setOutcome(t("glossary:deleted", { term: text }))}
                onStart={() => setOutcome(null)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
