"use client";

import { useEffect, useId, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { CommentThread, type SerializableComment } from "@/app/_components/comment-thread";
import { FormAlert } from "@/app/_components/form-alert";
import { TagButtons } from "@/app/_components/tag-buttons";
import { TaggedText } from "@/app/_components/tagged-text";
import { SelectField, TextAreaField } from "@/app/_components/text-field";
import { useT } from "@/app/_components/use-t";
import { WordDiff } from "@/app/_components/word-diff";
import { ERROR_CATEGORIES, ERROR_SEVERITIES, type SegmentStatus } from "@/db/enums";
import type { ReviewSegment } from "@/lib/workflow/get-review-workspace";
import type { SegmentState } from "@/lib/workflow/save-segment";
import { blockingErrors } from "@/lib/qa/blocking-errors";
import { insertTagInto } from "../../jobs/[id]/editor/insert-tag";
import { issueText } from "../../jobs/[id]/editor/issue-text";
import { reviewSegmentAction } from "./actions";
import { clearReviewDraft, loadReviewDraft, saveReviewDraft } from "./review-drafts";

type Props = {
  lng: string;
  jobId: number;
  active: boolean;
  segment: ReviewSegment & { comments: SerializableComment[] };
  canComment: boolean;
  translation: { text: string; status: SegmentStatus; version: number };
  translatorText: string | null;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
  onChange: (state: SegmentState) => void;
};

type Mode = "view" | "edit" | "reject";
const DECIDABLE: ReadonlySet<SegmentStatus> = new Set(["translated", "approved", "rejected"]);

/** One segment under review: source, translation (with the reviewer's changes as a word diff) and decisions. */
export function ReviewSegmentRow({
  lng,
  jobId,
  active,
  segment,
  canComment,
  translation,
  translatorText,
  source,
  target,
  onChange,
}: Props) {
  const t = useT();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<Mode>("view");
  const [text, setText] = useState(translation.text);
  const [rejection, setRejection] = useState({ comment: "", category: "", severity: "" });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const number = segment.position + 1;
  const decidable = active && DECIDABLE.has(translation.status);

  // A decision typed before a reload or a crash comes back as it was left.
  useEffect(() => {
    if (!decidable) return;
    const draft = loadReviewDraft(jobId, segment.id);
    if (!draft) return;
    // localStorage exists only in the browser, so a draft can only be restored after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMode(draft.mode);
    if (draft.mode === "edit") setText(draft.text);
    else setRejection({ comment: draft.comment, category: draft.category, severity: draft.severity });
    // Only on the first render: afterwards the state is the source and the draft follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function changeText(value: string) {
    setText(value);
    saveReviewDraft(jobId, segment.id, { mode: "edit", text: value });
  }

  function changeRejection(change: Partial<typeof rejection>) {
    const next = { ...rejection, ...change };
    setRejection(next);
    saveReviewDraft(jobId, segment.id, { mode: "reject", ...next });
  }

  function close() {
    clearReviewDraft(jobId, segment.id);
    setMode("view");
  }
  const problems =
    mode === "edit"
      ? blockingErrors({
          source: segment.source,
          target: text,
          tags: segment.tags,
          sourceLanguage: source.lang,
          targetLanguage: target.lang,
        })
      : [];

  function decide(input: Record<string, unknown>) {
    startTransition(async () => {
      setNotice(null);
      try {
        const result = await reviewSegmentAction(lng, {
          ...input,
          jobId,
          segmentId: segment.id,
          version: translation.version,
        } as Parameters<typeof reviewSegmentAction>[1]);
        if (!result.ok) {
          setFields("notFound" in result ? { form: t("manage:form.failed") } : result.fields);
          return;
        }
        setFields({});
        if ("conflict" in result.value) {
          // Keep what the reviewer typed; show that the segment changed under them.
          onChange(result.value.conflict);
          setNotice(t("review:segment.conflict", { name: result.value.conflict.authorName ?? "—" }));
          return;
        }
        onChange(result.value.segment);
        close();
      } catch {
        setFields({ form: t("manage:form.failed") });
      }
    });
  }

  function submitEdit(event?: FormEvent) {
    event?.preventDefault();
    decide({ decision: "edit", text });
  }

  function submitReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    decide({ decision: "reject", ...rejection });
  }

  function onEditKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submitEdit();
    } else if (event.key === "Escape") {
      close();
    }
  }

  const categoryOptions = [
    { value: "", label: t("review:segment.choose") },
    ...ERROR_CATEGORIES.map((value) => ({ value, label: t(`common:errorCategory.${value}`) })),
  ];
  const severityOptions = [
    { value: "", label: t("review:segment.choose") },
    ...ERROR_SEVERITIES.map((value) => ({ value, label: t(`common:errorSeverity.${value}`) })),
  ];

  return (
    <li
      className={`segment-row status-${translation.status}`}
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
      </div>
      <div className="segment-target">
        {mode === "edit" ? (
          <form onSubmit={submitEdit} className="review-edit" noValidate>
            <label htmlFor={`${id}-text`}>{t("review:segment.editLabel", { number })}</label>
            <textarea
              id={`${id}-text`}
              ref={textareaRef}
              lang={target.lang}
              dir={target.dir}
              rows={Math.min(8, Math.max(2, Math.ceil(segment.source.length / 70)))}
              value={text}
              onChange={(event) => changeText(event.target.value)}
              onKeyDown={onEditKeyDown}
              aria-invalid={problems.length > 0 || fields.text ? true : undefined}
              aria-describedby={`${id}-edit-help`}
              spellCheck
              autoFocus
            />
            <TagButtons
              tags={segment.tags}
              number={number}
              onInsert={(tag) => textareaRef.current && insertTagInto(textareaRef.current, tag, changeText)}
            />
            <ul id={`${id}-edit-help`} className="segment-problems">
              {problems.map((problem, index) => (
                <li key={index}>{issueText(t, problem)}</li>
              ))}
              {fields.text && <li>{fields.text}</li>}
            </ul>
            <div className="button-row">
              <button type="submit" className="button" disabled={pending || problems.length > 0}>
                {t("review:segment.saveEdit")}
              </button>
              <button type="button" className="button button-quiet" onClick={close}>
                {t("review:segment.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <p className="segment-readonly" lang={target.lang} dir={target.dir}>
            {translation.text === "" ? (
              <span className="empty">{t("editor:notTranslated")}</span>
            ) : (
              <TaggedText text={translation.text} tags={segment.tags} />
            )}
          </p>
        )}
        {mode === "view" && segment.issues.length > 0 && (
          <ul className="qa-issues" aria-label={t("review:segment.checks", { number })}>
            {segment.issues.map((issue, index) => (
              <li key={index} className={`qa-issue qa-${issue.severity}`}>
                <span className="badge">{t(`qa:severity.${issue.severity}`)}</span> {issueText(t, issue)}
                {issue.dismissal && (
                  <>
                    {" "}
                    <em>{t("review:segment.dismissed", { reason: issue.dismissal.reason })}</em>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {translatorText !== null && mode === "view" && (
          <div className="segment-note">
            <p>{t("review:segment.edited")}</p>
            <WordDiff before={translatorText} after={translation.text} lang={target.lang} dir={target.dir} />
          </div>
        )}
        {fields.form && <FormAlert>{fields.form}</FormAlert>}
        {notice && (
          <p className="alert alert-info" role="status">
            {notice}
          </p>
        )}
        {mode === "reject" && (
          <form onSubmit={submitReject} className="form compact-form review-reject" noValidate>
            <SelectField
              name="category"
              label={t("review:segment.category")}
              options={categoryOptions}
              error={fields.category}
              value={rejection.category}
              onChange={(event) => changeRejection({ category: event.target.value })}
            />
            <SelectField
              name="severity"
              label={t("review:segment.severity")}
              options={severityOptions}
              error={fields.severity}
              value={rejection.severity}
              onChange={(event) => changeRejection({ severity: event.target.value })}
            />
            <TextAreaField
              name="comment"
              rows={3}
              label={t("review:segment.comment")}
              hint={t("review:segment.commentHint")}
              error={fields.comment}
              value={rejection.comment}
              onChange={(event) => changeRejection({ comment: event.target.value })}
              autoFocus
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={pending}>
                {t("review:segment.confirmReject", { number })}
              </button>
              <button type="button" className="button button-quiet" onClick={close}>
                {t("review:segment.cancel")}
              </button>
            </div>
          </form>
        )}
        {decidable && mode === "view" && (
          <div className="button-row review-actions" role="group" aria-label={t("review:segment.actions", { number })}>
            <button
              type="button"
              className="button"
              disabled={pending || translation.status === "approved"}
              onClick={() => decide({ decision: "approve" })}
            >
              {t("review:segment.approve")}
              <span className="visually-hidden"> {t("review:segment.number", { number })}</span>
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={pending}
              onClick={() => {
                setText(translation.text);
                setFields({});
                setMode("edit");
              }}
            >
              {t("review:segment.edit")}
              <span className="visually-hidden"> {t("review:segment.number", { number })}</span>
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={pending}
              onClick={() => {
                setFields({});
                setMode("reject");
              }}
            >
              {t("review:segment.reject")}
              <span className="visually-hidden"> {t("review:segment.number", { number })}</span>
            </button>
          </div>
        )}
        {canComment && (
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
}
