"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "@/app/_components/use-t";
import type { SegmentStatus } from "@/db/enums";
import { tagProblems } from "@/lib/workflow/tag-check";
import { insertTagInto } from "./insert-tag";
import { SaveIndicator } from "./save-indicator";
import { SegmentRow } from "./segment-row";
import { ShortcutHelp } from "./shortcut-help";
import { SubmitJob } from "./submit-job";
import type { EditorSegment, TranslationState } from "./types";
import { useSegmentSaver } from "./use-segment-saver";

const FILTERS = ["all", "todo", "empty", "draft", "translated", "outdated", "rejected", "problems"] as const;
type Filter = (typeof FILTERS)[number];

const CONFIRMED = new Set<SegmentStatus>(["translated", "approved"]);

type Props = {
  lng: string;
  jobId: number;
  userId: number;
  editable: boolean;
  /** The user works on the job and may add comments to its segments. */
  canComment?: boolean;
  segments: EditorSegment[];
  translations: [number, TranslationState][];
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

const textareaId = (segmentId: number) => `translation-${segmentId}`;

/** The side-by-side editor: every segment of the job, keyboard first, saving as the volunteer types. */
export function JobEditor({
  lng,
  jobId,
  userId,
  editable,
  canComment = false,
  segments,
  translations: initial,
  source,
  target,
}: Props) {
  const t = useT();
  const initialMap = useMemo(() => new Map(initial), [initial]);
  const successors = useMemo(
    () =>
      new Map(segments.flatMap((segment) => (segment.previousId ? [[segment.previousId, segment.id] as const] : []))),
    [segments],
  );
  const saver = useSegmentSaver({ jobId, userId, initial: initialMap, successors, enabled: editable });
  const { translations, conflicts, errors, state, edit, confirm, resolve } = saver;
  const [filter, setFilter] = useState<Filter>("all");
  const [help, setHelp] = useState(false);
  // Marks the editor interactive once hydrated (the editor benchmark and tests wait for it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current) root.current.dataset.ready = "true";
    performance.mark("tandem:editor-ready");
  }, []);
  // The key handler reads translations through a ref, so it keeps one identity and rows stay memoized.
  const translationsRef = useRef(translations);
  useEffect(() => {
    translationsRef.current = translations;
  }, [translations]);

  // Segments whose translation has tag problems; each row lists its own, this is for the filter and submit.
  const withProblems = useMemo(
    () =>
      new Set(
        segments
          .filter((segment) => {
            const text = translations.get(segment.id)?.text ?? "";
            return text !== "" && tagProblems(text, segment.tags).length > 0;
          })
          .map((segment) => segment.id),
      ),
    [segments, translations],
  );
  const totalWords = segments.reduce((sum, segment) => sum + segment.words, 0);
  const doneWords = segments.reduce(
    (sum, segment) => sum + (CONFIRMED.has(translations.get(segment.id)?.status ?? "empty") ? segment.words : 0),
    0,
  );
  const unconfirmed = segments.filter((segment) => !CONFIRMED.has(translations.get(segment.id)?.status ?? "empty"));

  const visible = (segment: EditorSegment) => {
    const status = translations.get(segment.id)?.status ?? "empty";
    switch (filter) {
      case "all":
        return true;
      case "todo":
        return !CONFIRMED.has(status);
      case "problems":
        return withProblems.has(segment.id);
      default:
        return status === filter;
    }
  };

  const focusSegment = useCallback((segmentId: number | undefined) => {
    if (segmentId === undefined) return;
    const element = document.getElementById(textareaId(segmentId));
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  }, []);

  const onKeyDown = useCallback(
    (segmentId: number, event: KeyboardEvent<HTMLTextAreaElement>) => {
      const index = segments.findIndex((segment) => segment.id === segmentId);
      const segment = segments[index]!;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && event.key === "Enter") {
        event.preventDefault();
        confirm(segmentId);
        // The next segment still to translate, after this one and then from the top.
        const order = [...segments.slice(index + 1), ...segments.slice(0, index)];
        const current = translationsRef.current;
        const next = order.find((other) => !CONFIRMED.has(current.get(other.id)?.status ?? "empty"));
        focusSegment(next?.id);
      } else if (ctrl && !event.shiftKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        for (let other = index + step; other >= 0 && other < segments.length; other += step) {
          const candidate = segments[other]!;
          if (!document.getElementById(textareaId(candidate.id))?.closest("li")?.hidden) {
            focusSegment(candidate.id);
            break;
          }
        }
      } else if (ctrl && event.shiftKey && event.code === "KeyS") {
        event.preventDefault();
        edit(segmentId, segment.source);
      } else if (ctrl && event.shiftKey && /^Digit[1-9]$/.test(event.code)) {
        const tag = segment.tags.find((candidate) => candidate.id === Number(event.code.slice(5)));
        if (!tag) return;
        event.preventDefault();
        insertTagInto(event.currentTarget, tag, (text) => edit(segmentId, text));
      } else if (event.altKey && event.code === "KeyH") {
        event.preventDefault();
        setHelp(true);
      }
    },
    [confirm, edit, focusSegment, segments],
  );

  // Alt+H works from anywhere on the page, not only inside a text box.
  useEffect(() => {
    const open = (event: globalThis.KeyboardEvent) => {
      if (event.altKey && event.code === "KeyH") {
        event.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener("keydown", open);
    return () => window.removeEventListener("keydown", open);
  }, []);

  return (
    <div className="job-editor" ref={root}>
      <div className="editor-toolbar">
        <div className="progress-block">
          <label htmlFor="job-progress">{t("editor:progress", { done: doneWords, total: totalWords })}</label>
          <progress id="job-progress" max={Math.max(totalWords, 1)} value={doneWords} />
        </div>
        {editable && <SaveIndicator state={state} />}
        <div className="editor-filter">
          <label htmlFor="segment-filter">{t("editor:filter.label")}</label>
          <select id="segment-filter" value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
            {FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`editor:filter.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-quiet" onClick={() => setHelp(true)}>
          {t("editor:shortcuts.open")}
        </button>
      </div>
      {state.locked !== null && (
        <p className="alert alert-error" role="alert">
          {state.locked || t("editor:locked")}
        </p>
      )}
      {state.signedOut && (
        <p className="alert alert-error" role="alert">
          {t("editor:signedOutHelp")}
        </p>
      )}
      <ol className="segment-list">
        {segments.map((segment) => (
          <SegmentRow
            key={segment.id}
            segment={segment}
            translation={translations.get(segment.id)!}
            conflict={conflicts.get(segment.id)}
            error={errors.get(segment.id)}
            // A segment the reviewer approved stays as approved: only rejected ones are sent back.
            editable={editable && translations.get(segment.id)!.status !== "approved"}
            lng={lng}
            jobId={jobId}
            canComment={canComment}
            hidden={!visible(segment)}
            source={source}
            target={target}
            onEdit={edit}
            onKeyDown={onKeyDown}
            onResolve={resolve}
            textareaId={textareaId}
          />
        ))}
      </ol>
      {editable && (
        <SubmitJob
          lng={lng}
          jobId={jobId}
          unconfirmed={unconfirmed.length}
          problems={withProblems.size}
          waiting={state.waiting + conflicts.size}
        />
      )}
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
