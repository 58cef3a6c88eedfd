"use client";

import { memo, type KeyboardEvent } from "react";
import { CommentThread } from "@/app/_components/comment-thread";
import { TagButtons } from "@/app/_components/tag-buttons";
import { TaggedText } from "@/app/_components/tagged-text";
import { useT } from "@/app/_components/use-t";
import { WordDiff } from "@/app/_components/word-diff";
import type { InlineTag } from "@/db/json-shapes";
import type { GlossaryMatch } from "@/lib/glossary/find-terms";
import type { QaDismissal } from "@/lib/qa/dismissals";
import { GlossarySource } from "./glossary-source";
import { insertTagInto } from "./insert-tag";
import type { SegmentChecks } from "./segment-checks";
import { issueId, SegmentIssues } from "./segment-issues";
import type { Conflict, EditorSegment, RepetitionOffer, TranslationState } from "./types";

type Props = {
  segment: EditorSegment;
  translation: TranslationState;
  conflict: Conflict | undefined;
  error: string | undefined;
  /** The quality checks of the current text (the same object while the text stays). */
  checks: SegmentChecks;
  /** The glossary terms of the source, found once per segment. */
  glossaryMatches: readonly GlossaryMatch[];
  /** Present on the segment just confirmed when others have the same sentence and no translation. */
  repetition: RepetitionOffer | undefined;
  editable: boolean;
  lng: string;
  jobId: number;
  canComment: boolean;
  hidden: boolean;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
  onEdit: (segmentId: number, text: string) => void;
  onKeyDown: (segmentId: number, event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onResolve: (segmentId: number, choice: "mine" | "theirs") => void;
  onDismissed: (segmentId: number, dismissals: QaDismissal[]) => void;
  onFillRepetitions: (segmentId: number) => void;
  onDeclineRepetitions: (segmentId: number) => void;
  textareaId: (segmentId: number) => string;
};

/** One segment: the source on one side, the translation on the other, with its state and problems. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  translation,
  conflict,
  error,
  checks,
  glossaryMatches,
  repetition,
  editable,
  lng,
  jobId,
  canComment,
  hidden,
  source,
  target,
  onEdit,
  onKeyDown,
  onResolve,
  onDismissed,
  onFillRepetitions,
  onDeclineRepetitions,
  textareaId,
}: Props) {
  const t = useT();
  const number = segment.position + 1;
  const id = textareaId(segment.id);
  // The text box is described by what still needs attention: a refusal, errors, open warnings.
  const describedBy = [
    ...(error ? [`${id}-error`] : []),
    ...checks.issues.flatMap((issue, index) => (issue.dismissal ? [] : [issueId(id, index)])),
  ].join(" ");

  function insert(tag: InlineTag) {
    const element = document.getElementById(id) as HTMLTextAreaElement | null;
    if (element) insertTagInto(element, tag, (text) => onEdit(segment.id, text));
  }

  return (
    <li
      className={`segment-row status-${translation.status}`}
      hidden={hidden}
      data-segment-id={segment.id}
      aria-labelledby={`${id}-label`}
    >
      <div className="segment-meta">
        <span id={`${id}-label`}>
          {t("editor:segmentLabel", { number, kind: t(`common:blockKind.${segment.kind}`) })}
        </span>
        <span className={`segment-status segment-status-${translation.status}`}>
          {t(`editor:status.${translation.status}`)}
        </span>
      </div>
      <div className="segment-source" lang={source.lang} dir={source.dir}>
        <GlossarySource
          text={segment.source}
          tags={segment.tags}
          matches={glossaryMatches}
          idPrefix={id}
          lng={lng}
          target={target}
        />
        {segment.previousSource !== null && (
          <p className="segment-note" lang={lng}>
            {t("common:diff.sourceChanged")}{" "}
            <WordDiff before={segment.previousSource} after={segment.source} lang={source.lang} dir={source.dir} />
          </p>
        )}
      </div>
      <div className="segment-target">
        {editable ? (
          <>
            <label className="visually-hidden" htmlFor={id}>
              {t("editor:translationOf", { number })}
            </label>
            <textarea
              id={id}
              lang={target.lang}
              dir={target.dir}
              rows={Math.min(8, Math.max(2, Math.ceil(segment.source.length / 70)))}
              value={translation.text}
              aria-invalid={checks.errors > 0 || error ? true : undefined}
              aria-describedby={describedBy || undefined}
              onChange={(event) => onEdit(segment.id, event.target.value)}
              onKeyDown={(event) => onKeyDown(segment.id, event)}
              spellCheck
            />
            <TagButtons tags={segment.tags} number={number} onInsert={insert} />
          </>
        ) : (
          <p className="segment-readonly" lang={target.lang} dir={target.dir}>
            {translation.text === "" ? (
              <span className="empty">{t("editor:notTranslated")}</span>
            ) : (
              <TaggedText text={translation.text} tags={segment.tags} />
            )}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="segment-refusal" role="alert">
            {error}
          </p>
        )}
        {checks.issues.length > 0 && (
          <SegmentIssues
            lng={lng}
            jobId={jobId}
            segmentId={segment.id}
            text={translation.text}
            checks={checks}
            editable={editable}
            idPrefix={id}
            onDismissed={onDismissed}
          />
        )}
        {repetition && (
          <div className="repetition-offer">
            <p>{t("editor:repetitions.offer", { count: repetition.targets.length })}</p>
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => onFillRepetitions(segment.id)}>
                {t("editor:repetitions.fill", { count: repetition.targets.length })}
              </button>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => onDeclineRepetitions(segment.id)}
              >
                {t("editor:repetitions.decline")}
              </button>
            </div>
          </div>
        )}
        {segment.rejection && (
          <div className="segment-note segment-rejection">
            <strong>{t("editor:rejected")}</strong>{" "}
            {segment.rejection.category && segment.rejection.severity && (
              <span className="badge">
                {t("editor:comments.errorBadge", {
                  category: t(`common:errorCategory.${segment.rejection.category}`),
                  severity: t(`common:errorSeverity.${segment.rejection.severity}`),
                })}
              </span>
            )}{" "}
            <span className="comment-body">{segment.rejection.body}</span>
          </div>
        )}
        {conflict && (
          <div className="conflict" role="alert">
            <p>
              <strong>{t("editor:conflict.title")}</strong>{" "}
              {t("editor:conflict.body", { name: conflict.theirs.authorName ?? t("editor:conflict.someone") })}
            </p>
            <div className="conflict-texts">
              <div>
                <h3>{t("editor:conflict.mine")}</h3>
                <p lang={target.lang} dir={target.dir}>
                  {conflict.mine}
                </p>
                <button type="button" className="button" onClick={() => onResolve(segment.id, "mine")}>
                  {t("editor:conflict.keepMine")}
                </button>
              </div>
              <div>
                <h3>{t("editor:conflict.theirs")}</h3>
                <p lang={target.lang} dir={target.dir}>
                  {conflict.theirs.text}
                </p>
                <button type="button" className="button button-quiet" onClick={() => onResolve(segment.id, "theirs")}>
                  {t("editor:conflict.takeTheirs")}
                </button>
              </div>
            </div>
          </div>
        )}
        {segment.comments && (
          <CommentThread
            lng={lng}
            jobId={jobId}
            segmentId={segment.id}
            comments={segment.comments}
            canComment={canComment}
            label={t("editor:comments.segmentLabel", { number })}
          />
        )}
      </div>
    </li>
  );
});
