"use client";

import { useT } from "@/app/_components/use-t";
import type { GlossaryEntry } from "@/lib/glossary/entry";

type Props = {
  entries: readonly GlossaryEntry[];
  /** Inserts a translation at the caret of the segment's text box; absent when it cannot be edited. */
  onInsert?: (translation: string) => void;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

/** The glossary terms found in the active segment's source: how to translate them, and what not to use. */
export function GlossaryList({ entries, onInsert, source, target }: Props) {
  const t = useT();
  return (
    <section className="panel-section" aria-labelledby="glossary-panel-title">
      <h3 id="glossary-panel-title">{t("editor:glossary.title")}</h3>
      {entries.length === 0 ? (
        <p className="panel-hint">{t("editor:glossary.none")}</p>
      ) : (
        <dl className="glossary-hits">
          {entries.map((entry) => (
            <div key={entry.id} className="glossary-hit-entry">
              <dt>
                <span lang={source.lang} dir={source.dir} className="glossary-hit-term">
                  {entry.term}
                </span>
                {entry.partOfSpeech && <span className="glossary-hit-pos"> ({entry.partOfSpeech})</span>}
              </dt>
              <dd>
                <span lang={target.lang} dir={target.dir} className="glossary-hit-translation">
                  {entry.translation}
                </span>{" "}
                {onInsert && entry.translation.trim() !== "" && (
                  <button type="button" className="button button-small" onClick={() => onInsert(entry.translation)}>
                    {t("editor:glossary.insert")}
                    <span className="visually-hidden">
                      {" "}
                      <span lang={target.lang} dir={target.dir}>
                        {entry.translation}
                      </span>
                    </span>
                  </button>
                )}
              </dd>
              {entry.forbidden.length > 0 && (
                <dd className="glossary-hit-forbidden">
                  {t("editor:glossary.forbidden")}{" "}
                  {entry.forbidden.map((word, index) => (
                    <span key={`${index}:${word}`}>
                      {index > 0 && ", "}
                      <s lang={target.lang} dir={target.dir}>
                        {word}
                      </s>
                    </span>
                  ))}
                </dd>
              )}
              {entry.note && <dd className="glossary-hit-note">{entry.note}</dd>}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
