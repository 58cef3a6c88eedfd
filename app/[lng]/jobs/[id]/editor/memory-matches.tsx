"use client";

import { TaggedText } from "@/app/_components/tagged-text";
import { useT } from "@/app/_components/use-t";
import { WordDiff } from "@/app/_components/word-diff";
import { matchShortcutLabel } from "./match-shortcut";
import { CONTEXT_MATCH_SCORE, EXACT_MATCH_SCORE, type MemoryMatch, type MemoryOrigin } from "./memory-types";
import type { EditorSegment } from "./types";
import type { MatchesState } from "./use-matches";

type Props = {
  lng: string;
  segment: EditorSegment;
  state: MatchesState;
  onRetry: () => void;
  /** Puts match `index` into the segment's translation; absent when the segment cannot be edited. */
  onInsert?: (index: number) => void;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

function scoreClass(score: number): string {
  if (score >= CONTEXT_MATCH_SCORE) return "match-score match-score-context";
  return score >= EXACT_MATCH_SCORE ? "match-score match-score-exact" : "match-score match-score-fuzzy";
}

/** Where a unit came from: "Article · translator · date" for a segment, "note · date" for an import. */
function Origin({ origin, lng, source }: { origin: MemoryOrigin; lng: string; source: Props["source"] }) {
  const t = useT();
  const time = new Date(origin.date);
  const date = Number.isNaN(time.getTime()) ? null : new Intl.DateTimeFormat(lng, { dateStyle: "medium" }).format(time);
  const parts =
    origin.kind === "segment"
      ? [
          origin.articleTitle && (
            <cite key="title" lang={source.lang} dir={source.dir}>
              {origin.articleTitle}
            </cite>
          ),
          origin.translatorName,
        ]
      : [origin.note ?? t("editor:memory.imported")];
  const shown = [...parts, date && <time key="date" dateTime={origin.date}>{date}</time>].filter(Boolean);
  return (
    <p className="match-origin">
      {shown.map((part, index) => (
        <span key={index}>
          {index > 0 && " · "}
          {part}
        </span>
      ))}
    </p>
  );
}

/** The translation memory's best matches for the active segment, each insertable with Ctrl+1…5. */
export function MemoryMatches({ lng, segment, state, onRetry, onInsert, source, target }: Props) {
  const t = useT();
  const matches: MemoryMatch[] | null =
    state.status === "ready" || state.status === "loading" ? (state.matches ?? null) : null;
  // Announced politely once the answer is in; empty while loading so the same count is said again.
  let announcement = "";
  if (state.status === "ready")
    announcement =
      state.matches.length === 0 ? t("editor:memory.none") : t("editor:memory.count", { count: state.matches.length });
  return (
    <section className="panel-section" aria-labelledby="memory-title">
      <h3 id="memory-title">{t("editor:memory.title")}</h3>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {state.status === "loading" && <p className="panel-hint">{t("editor:memory.loading")}</p>}
      {state.status === "failed" && (
        <p className="panel-hint">
          {t("editor:memory.failed")}{" "}
          <button type="button" className="button-link" onClick={onRetry}>
            {t("editor:memory.retry")}
          </button>
        </p>
      )}
      {state.status === "ready" && state.matches.length === 0 && <p className="panel-hint">{t("editor:memory.none")}</p>}
      {matches && matches.length > 0 && (
        <ol className="memory-matches">
          {matches.map((match, index) => (
            <li key={match.unitId} className="memory-match">
              <p className="match-head">
                <span className={scoreClass(match.score)}>
                  {match.score >= CONTEXT_MATCH_SCORE
                    ? t("editor:memory.context", { score: match.score })
                    : t("editor:memory.score", { score: match.score })}
                </span>{" "}
                <span className={match.reviewed ? "match-reviewed" : "match-unreviewed"}>
                  {match.reviewed ? t("editor:memory.reviewed") : t("editor:memory.notReviewed")}
                </span>
              </p>
              <p className="match-target" lang={target.lang} dir={target.dir}>
                <TaggedText text={match.targetText} tags={segment.tags} />
              </p>
              {match.sourceText !== segment.source && (
                <p className="match-source">
                  <span className="match-source-label">{t("editor:memory.sourceDiff")}</span>{" "}
                  <WordDiff before={match.sourceText} after={segment.source} lang={source.lang} dir={source.dir} />
                </p>
              )}
              <Origin origin={match.origin} lng={lng} source={source} />
              {onInsert && (
                <button type="button" className="button button-small" onClick={() => onInsert(index)}>
                  {t("editor:memory.insert", { number: index + 1, shortcut: matchShortcutLabel(index) })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
