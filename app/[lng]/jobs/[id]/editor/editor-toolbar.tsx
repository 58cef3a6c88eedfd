"use client";

import { useT } from "@/app/_components/use-t";
import { SaveIndicator } from "./save-indicator";
import type { SaveState } from "./use-segment-saver";

export const FILTERS = ["all", "todo", "empty", "draft", "translated", "outdated", "rejected", "problems"] as const;
export type Filter = (typeof FILTERS)[number];

type Props = {
  doneWords: number;
  totalWords: number;
  /** The save state, shown only to whoever edits. */
  saveState: SaveState | null;
  filter: Filter;
  onFilter: (filter: Filter) => void;
  /** Segments with a quality-check error or an open warning. */
  problems: number;
  onHelp: () => void;
};

/** Above the segments, always in view: progress, saving, the filter and the shortcut list. */
export function EditorToolbar({ doneWords, totalWords, saveState, filter, onFilter, problems, onHelp }: Props) {
  const t = useT();
  return (
    <div className="editor-toolbar">
      <div className="progress-block">
        <label htmlFor="job-progress">{t("editor:progress", { done: doneWords, total: totalWords })}</label>
        <progress id="job-progress" max={Math.max(totalWords, 1)} value={doneWords} />
      </div>
      {saveState && <SaveIndicator state={saveState} />}
      <div className="editor-filter">
        <label htmlFor="segment-filter">{t("editor:filter.label")}</label>
        <select id="segment-filter" value={filter} onChange={(event) => onFilter(event.target.value as Filter)}>
          {FILTERS.map((option) => (
            <option key={option} value={option}>
              {option === "problems" ? t("editor:filter.problems", { count: problems }) : t(`editor:filter.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button-quiet" onClick={onHelp}>
        {t("editor:shortcuts.open")}
      </button>
    </div>
  );
}
