"use client";

import { memo, type KeyboardEvent } from "react";
import { CommentThread } from "@/app/_components/comment-thread";
import { TaggedText } from "@/app/_components/tagged-text";
import { useT } from "@/app/_components/use-t";
import { WordDiff } from "@/app/_components/word-diff";
import type { InlineTag } from "@/db/json-shapes";
import { tagProblems } from "@/lib/workflow/tag-check";
import { insertTagInto } from "./insert-tag";
import type { Conflict, EditorSegment, TranslationState } from "./types";

type Props = {
  segment: EditorSegment;
  translation: TranslationState;
  conflict: Conflict | undefined;
  error: string | undefined;
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
  textareaId: (segmentId: number) => string;
};

/** One segment: the source on one side, the translation on the other, with its state and problems. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  translation,
  conflict,
  error,
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
  textareaId,
}: Props) {
  const t = useT();
  const problems = translation.text === "" ? [] : tagProblems(translation.text, segment.tags);
  const number = segment.position + 1;
  const id = textareaId(segment.id);

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
        <TaggedText text={segment.source} tags={segment.tags} />
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
              aria-invalid={problems.length > 0 || error ? true : undefined}
              aria-describedby={problems.length > 0 || error ? `${id}-problems` : undefined}
              onChange={(event) => onEdit(segment.id, event.target.value)}
              onKeyDown={(event) => onKeyDown(segment.id, event)}
              spellCheck
            />
            {segment.tags.length > 0 && (
              <div className="tag-buttons" role="group" aria-label={t("editor:insertTags", { number })}>
                {segment.tags.map((tag) => (
                  <button
                    key={tag.id}
                    type="button"
                    className={`tag-chip tag-${tag.kind}`}
                    onClick={() => insert(tag)}
                    title={tag.attrs?.href ?? tag.attrs?.code ?? tag.open}
                  >
                    {tag.paired ? `<${tag.id}>` : `<${tag.id}/>`}
                    <span className="visually-hidden">
                      {t("editor:insertTag", { kind: t(`common:tagKind.${tag.kind}`), id: tag.id })}
                    </span>
                  </button>
                ))}
              </div>
            )}
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
        {(problems.length > 0 || error) && (
          <ul id={`${id}-problems`} className="segment-problems">
            {problems.map((problem, index) => (
              <li key={index}>{t(`editor:problems.${problem.code}`, { id: problem.tagId ?? "" })}</li>
            ))}
            {error && <li>{error}</li>}
          </ul>
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
