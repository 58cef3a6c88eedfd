"use client";

import type { KeyboardEvent } from "react";
import { useT } from "@/app/_components/use-t";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { ChecksList } from "./checks-list";
import { ConcordanceSearch } from "./concordance-search";
import { GlossaryList } from "./glossary-list";
import { MemoryMatches } from "./memory-matches";
import type { SegmentChecks } from "./segment-checks";
import type { EditorSegment } from "./types";
import type { MatchesState } from "./use-matches";

type Props = {
  lng: string;
  jobId: number;
  /** The segment whose text box has (or last had) focus; null before the volunteer picks one. */
  segment: EditorSegment | null;
  matches: MatchesState;
  onRetryMatches: () => void;
  onInsertMatch?: (index: number) => void;
  glossary: readonly GlossaryEntry[];
  onInsertTerm?: (translation: string) => void;
  checks: SegmentChecks;
  translated: boolean;
  /** Escape in the panel: back to the segment's text box. */
  onLeave: () => void;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

/** The id of the panel's heading, which Alt+P focuses. */
export const SIDE_PANEL_HEADING_ID = "side-panel-title";

/**
 * Help for the segment being translated: memory matches, glossary terms and checks, then a
 * concordance search of the whole memory. Beside the segments on a wide screen, below them on a
 * narrow one; it comes after them in the page, so Tab reaches the segments first.
 */
export function SidePanel({
  lng,
  jobId,
  segment,
  matches,
  onRetryMatches,
  onInsertMatch,
  glossary,
  onInsertTerm,
  checks,
  translated,
  onLeave,
  source,
  target,
}: Props) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onLeave();
  };
  return (
    // A named section, not an <aside>: a complementary landmark inside <main> is not top level.
    <section className="side-panel" aria-labelledby={SIDE_PANEL_HEADING_ID} onKeyDown={onKeyDown}>
      <h2 id={SIDE_PANEL_HEADING_ID} tabIndex={-1}>
        {t("editor:panel.title")}
      </h2>
      <p className="panel-segment">
        {segment
          ? t("editor:panel.forSegment", { number: segment.position + 1 })
          : t("editor:panel.pickSegment")}
      </p>
      {segment && (
        <>
          <MemoryMatches
            lng={lng}
            segment={segment}
            state={matches}
            onRetry={onRetryMatches}
            onInsert={onInsertMatch}
            source={source}
            target={target}
          />
          <GlossaryList entries={glossary} onInsert={onInsertTerm} source={source} target={target} />
          <ChecksList checks={checks} translated={translated} />
        </>
      )}
      <ConcordanceSearch jobId={jobId} source={source} target={target} />
    </section>
  );
}
