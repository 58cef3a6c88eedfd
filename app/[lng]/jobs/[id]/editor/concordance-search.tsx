"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useT } from "@/app/_components/use-t";
import { plainText } from "@/lib/segmentation/tagged-text";
import { highlightPhrase } from "./highlight";
import { MAX_CONCORDANCE_RESULTS, type ConcordanceResponse, type MemoryUnit } from "./memory-types";

type Props = {
  jobId: number;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

type Search =
  | { status: "idle" }
  | { status: "searching"; query: string }
  | { status: "done"; query: string; results: MemoryUnit[] }
  | { status: "failed"; query: string };

/** A memory text as a reader sees it (tags hidden), with the searched phrase marked. */
function Highlighted({ text, phrase }: { text: string; phrase: string }) {
  return highlightPhrase(plainText(text), phrase).map((part, index) =>
    part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}

/**
 * Concordance: how a word or phrase was translated before, anywhere in the language pair's memory.
 * Independent of the active segment; a new search cancels the one still running.
 */
export function ConcordanceSearch({ jobId, source, target }: Props) {
  const t = useT();
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<Search>({ status: "idle" });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const phrase = query.trim();
    if (phrase === "") return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setSearch({ status: "searching", query: phrase });
    fetch(`/api/jobs/${jobId}/concordance?q=${encodeURIComponent(phrase)}`, {
      signal: controller.signal,
      headers: { accept: "application/json" },
    })
      .then(async (response) => {
        const body = (response.ok ? await response.json() : null) as ConcordanceResponse | null;
        if (!body || !Array.isArray(body.results)) throw new Error(`concordance answered ${response.status}`);
        setSearch({ status: "done", query: phrase, results: body.results.slice(0, MAX_CONCORDANCE_RESULTS) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setSearch({ status: "failed", query: phrase });
      });
  }

  let status = "";
  if (search.status === "searching") status = t("editor:memory.concordance.searching");
  else if (search.status === "failed") status = t("editor:memory.concordance.failed");
  else if (search.status === "done")
    status =
      search.results.length === 0
        ? t("editor:memory.concordance.none", { query: search.query })
        : t("editor:memory.concordance.count", { count: search.results.length, query: search.query });

  return (
    <section className="panel-section" aria-labelledby="concordance-title">
      <h3 id="concordance-title">{t("editor:memory.concordance.title")}</h3>
      <form role="search" className="concordance-form" onSubmit={submit} aria-labelledby="concordance-title">
        <label htmlFor="concordance-query">{t("editor:memory.concordance.label")}</label>
        <div className="concordance-row">
          <input
            id="concordance-query"
            type="search"
            name="q"
            value={query}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="button button-small">
            {t("editor:memory.concordance.search")}
          </button>
        </div>
      </form>
      <p className="panel-hint" role="status">
        {status}
      </p>
      {search.status === "done" && search.results.length > 0 && (
        <ol className="concordance-results">
          {search.results.map((unit) => (
            <li key={unit.unitId}>
              <p lang={source.lang} dir={source.dir}>
                <Highlighted text={unit.sourceText} phrase={search.query} />
              </p>
              <p lang={target.lang} dir={target.dir} className="concordance-target">
                <Highlighted text={unit.targetText} phrase={search.query} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
