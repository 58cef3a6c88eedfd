"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { useIsClient } from "@/app/_components/use-is-client";
import { useT } from "@/app/_components/use-t";
import type { SegmentStatus } from "@/db/enums";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import type { GlossaryMatch } from "@/lib/glossary/find-terms";
import { EditorToolbar, type Filter } from "./editor-toolbar";
import { insertTagInto } from "./insert-tag";
import { insertTextInto } from "./insert-text";
import { matchShortcutIndex } from "./match-shortcut";
import { NO_CHECKS } from "./segment-checks";
import { segmentOfTextarea, textareaId, textareaOf } from "./segment-dom";
import { SegmentRow } from "./segment-row";
import { ShortcutHelp } from "./shortcut-help";
import { SIDE_PANEL_HEADING_ID, SidePanel } from "./side-panel";
import { SubmitJob } from "./submit-job";
import type { EditorSegment, TranslationState } from "./types";
import { useActiveMatches } from "./use-active-matches";
import { useConfirmRefusal } from "./use-confirm-refusal";
import { useEditorChecks } from "./use-editor-checks";
import { useRepetitions } from "./use-repetitions";
import { useSegmentSaver } from "./use-segment-saver";

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
  /** The glossary of the job's language pair: terms are underlined in the sources and checked. */
  glossary: GlossaryEntry[];
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

const NO_TERMS: GlossaryMatch[] = [];

/** The side-by-side editor: every segment of the job, keyboard first, saving as the volunteer types. */
export function JobEditor({
  lng,
  jobId,
  userId,
  editable,
  canComment = false,
  segments,
  translations: initial,
  glossary,
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
  const byId = useMemo(() => new Map(segments.map((segment) => [segment.id, segment])), [segments]);
  // A confirmation with a quality-check error is refused in the browser, naming the problem.
  const refuse = useConfirmRefusal(byId, source.lang, target.lang);
  const saver = useSegmentSaver({ jobId, userId, initial: initialMap, successors, enabled: editable, refuse });
  const { translations, conflicts, errors, state, confirmedSaves, edit, confirm, resolve } = saver;
  const { glossaryBySegment, checksBySegment, withErrors, withProblems, onDismissed } = useEditorChecks({
    segments,
    translations,
    glossary,
    sourceLanguage: source.lang,
    targetLanguage: target.lang,
  });
  const [filter, setFilter] = useState<Filter>("all");
  const [help, setHelp] = useState(false);
  // One polite voice for what happens away from the focus (repetitions offered, a match inserted).
  const [announcement, setAnnouncement] = useState("");
  // The segment whose text box has, or last had, focus: the side panel is about it.
  const [activeId, setActiveId] = useState<number | null>(null);
  // The segment rows are built in the browser, not on the server: rendering a long article's rows
  // took the server's one thread for over 100 ms per editor opened, and every save waited behind
  // it (bench/load.ts, docs/decisions/0011). The page carries the segments as data either way.
  const rowsShown = useIsClient();
  // Marks the editor interactive once its rows are there (the editor benchmark and tests wait for it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!rowsShown) return;
    if (root.current) root.current.dataset.ready = "true";
    performance.mark("tandem:editor-ready");
  }, [rowsShown]);
  // The key handler reads translations through a ref, so it keeps one identity and rows stay memoized.
  const translationsRef = useRef<ReadonlyMap<number, TranslationState>>(translations);
  useEffect(() => {
    translationsRef.current = translations;
  }, [translations]);

  const active = activeId === null ? null : (byId.get(activeId) ?? null);
  const activeEditable = active !== null && editable && translations.get(active.id)?.status !== "approved";
  const {
    state: matches,
    retry: retryMatches,
    insertMatch,
  } = useActiveMatches({
    jobId,
    segment: activeEditable ? active : null,
    confirmedSaves,
    edit,
    announce: setAnnouncement,
  });

  const focusTextarea = useCallback((segmentId: number) => textareaOf(segmentId)?.focus(), []);
  const repetitions = useRepetitions({
    segments,
    translationsRef,
    confirm,
    announce: setAnnouncement,
    focusSegment: focusTextarea,
  });
  const { offer, offerAfterConfirm } = repetitions;

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
    const element = textareaOf(segmentId);
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  }, []);

  const onKeyDown = useCallback(
    (segmentId: number, event: KeyboardEvent<HTMLTextAreaElement>) => {
      const index = segments.findIndex((segment) => segment.id === segmentId);
      const segment = segments[index]!;
      const ctrl = event.ctrlKey || event.metaKey;
      const matchIndex = matchShortcutIndex(event);
      if (ctrl && event.key === "Enter") {
        event.preventDefault();
        const outcome = confirm(segmentId);
        // Refused: the reason is under the segment, and the volunteer stays to fix it.
        if (outcome === "refused") return;
        if (outcome === "confirmed") offerAfterConfirm(segmentId);
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
          if (!textareaOf(candidate.id)?.closest("li")?.hidden) {
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
      } else if (matchIndex !== null) {
        // Taken even without that many matches: the browser would otherwise switch tabs under the volunteer.
        event.preventDefault();
        insertMatch(segmentId, matchIndex);
      } else if (event.altKey && event.code === "KeyH") {
        event.preventDefault();
        setHelp(true);
      }
    },
    [confirm, edit, focusSegment, insertMatch, offerAfterConfirm, segments],
  );

  const onListFocus = useCallback((event: FocusEvent<HTMLOListElement>) => {
    const segmentId = segmentOfTextarea(event.target);
    if (segmentId !== null) setActiveId(segmentId);
  }, []);

  const insertTerm = useCallback(
    (translation: string) => {
      const element = activeId === null ? null : textareaOf(activeId);
      if (activeId === null || !element) return;
      insertTextInto(element, translation, (text) => edit(activeId, text));
    },
    [activeId, edit],
  );

  // Alt+H works from anywhere on the page, not only inside a text box. So does Alt+P, which takes
  // the keyboard to the side panel (it comes after every segment in the page; Escape comes back).
  useEffect(() => {
    const open = (event: globalThis.KeyboardEvent) => {
      if (event.altKey && event.code === "KeyH") {
        event.preventDefault();
        setHelp(true);
      } else if (event.altKey && event.code === "KeyP" && editable) {
        const heading = document.getElementById(SIDE_PANEL_HEADING_ID);
        if (!heading) return;
        event.preventDefault();
        heading.focus();
        heading.scrollIntoView({ block: "nearest" });
      }
    };
    window.addEventListener("keydown", open);
    return () => window.removeEventListener("keydown", open);
  }, [editable]);

  return (
    <div className="job-editor" ref={root}>
      <EditorToolbar
        doneWords={doneWords}
        totalWords={totalWords}
        saveState={editable ? state : null}
        filter={filter}
        onFilter={setFilter}
        problems={withProblems.size}
        onHelp={() => setHelp(true)}
      />
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
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className={editable ? "editor-workspace" : undefined}>
        {!rowsShown && (
          <>
            <p className="editor-loading" role="status">
              {t("editor:loadingSegments", { count: segments.length })}
            </p>
            <noscript>
              <p className="alert alert-error">{t("editor:needsScript")}</p>
            </noscript>
          </>
        )}
        <ol className="segment-list" onFocus={onListFocus}>
          {rowsShown &&
            segments.map((segment) => (
              <SegmentRow
                key={segment.id}
                segment={segment}
                translation={translations.get(segment.id)!}
                conflict={conflicts.get(segment.id)}
                error={errors.get(segment.id)}
                checks={checksBySegment.get(segment.id) ?? NO_CHECKS}
                glossaryMatches={glossaryBySegment.get(segment.id)?.matches ?? NO_TERMS}
                repetition={offer?.segmentId === segment.id ? offer : undefined}
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
                onDismissed={onDismissed}
                onFillRepetitions={repetitions.fill}
                onDeclineRepetitions={repetitions.decline}
                textareaId={textareaId}
              />
            ))}
        </ol>
        {editable && (
          <SidePanel
            lng={lng}
            jobId={jobId}
            segment={active}
            matches={matches}
            onRetryMatches={retryMatches}
            onInsertMatch={activeEditable && active ? (index) => insertMatch(active.id, index) : undefined}
            glossary={(active && glossaryBySegment.get(active.id)?.entries) ?? []}
            onInsertTerm={activeEditable ? insertTerm : undefined}
            checks={(active && checksBySegment.get(active.id)) ?? NO_CHECKS}
            translated={active !== null && (translations.get(active.id)?.text ?? "") !== ""}
            onLeave={() => focusSegment(active?.id ?? segments[0]?.id)}
            source={source}
            target={target}
          />
        )}
      </div>
      {editable && (
        <SubmitJob
          lng={lng}
          jobId={jobId}
          unconfirmed={unconfirmed.length}
          problems={withErrors.size}
          waiting={state.waiting + conflicts.size}
        />
      )}
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
