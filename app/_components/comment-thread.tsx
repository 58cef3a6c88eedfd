"use client";

import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { addCommentAction } from "@/app/[lng]/jobs/[id]/comment-actions";
import type { CommentView } from "@/lib/comments/list-comments";
import { FormAlert } from "./form-alert";
import { TextAreaField } from "./text-field";
import { useActionForm } from "./use-action-form";
import { useT } from "./use-t";

/** A comment as a server page hands it to the browser: the date as an ISO 8601 string. */
export type SerializableComment = Omit<CommentView, "createdAt"> & { createdAt: string };

type Props = {
  lng: string;
  jobId: number;
  /** Null for the whole job's thread. */
  segmentId: number | null;
  comments: SerializableComment[];
  canComment: boolean;
  /** The job thread's heading; for a segment thread, the name screen readers give its group. */
  label: string;
};

const noSubscription = () => () => {};

/**
 * False while the server renders and the page hydrates, true afterwards: dates are shown in the
 * browser's time zone only once hydrated, so the server's (other) time zone never causes a mismatch.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * The comments on a job or on one of its segments, oldest first, and a box to add one. A segment's
 * thread is collapsed so the editor stays compact; the job's is an open section.
 */
export function CommentThread({ lng, jobId, segmentId, comments, canComment, label }: Props) {
  const t = useT();
  const headingId = useId();
  // A segment's thread is built only once opened: thousands of closed threads, each with a form,
  // made the browser spend seconds on a long article before the editor was usable.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    // A comment typed before a reload reopens its thread (the browser kept it, see CommentForm).
    // localStorage exists only in the browser, so this can only happen after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (segmentId !== null && readDraft(draftKeyOf(jobId, segmentId))) setOpen(true);
  }, [jobId, segmentId]);
  const content = (
    <>
      {comments.length === 0 ? (
        <p className="comment-empty">{t("editor:comments.none")}</p>
      ) : (
        // Polite live region: a comment added by this form is read out when the page refreshes.
        <ol className="comment-list" aria-live="polite">
          {comments.map((comment) => (
            <CommentItem key={comment.id} lng={lng} comment={comment} />
          ))}
        </ol>
      )}
      {canComment && <CommentForm lng={lng} jobId={jobId} segmentId={segmentId} />}
    </>
  );
  if (segmentId === null) {
    return (
      <section className="comment-thread comment-thread-job" aria-labelledby={headingId}>
        <h2 id={headingId}>{label}</h2>
        <p className="field-hint">{t("editor:comments.jobHint")}</p>
        {content}
      </section>
    );
  }
  return (
    <details
      className="comment-thread comment-thread-segment"
      aria-label={label}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t("editor:comments.summary", { count: comments.length })}</summary>
      {open && content}
    </details>
  );
}

function CommentItem({ lng, comment }: { lng: string; comment: SerializableComment }) {
  const t = useT();
  const hydrated = useHydrated();
  const date = new Date(comment.createdAt);
  // dateStyle and timeZoneName cannot be combined, so the fields are spelled out.
  const when = new Intl.DateTimeFormat(lng, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    // Until hydrated, a zone both sides agree on, named so it is not mistaken for local time.
    ...(hydrated ? {} : { timeZone: "UTC", timeZoneName: "short" }),
  }).format(date);
  return (
    <li className="comment">
      <p className="comment-meta">
        <strong>{comment.authorName}</strong> <time dateTime={comment.createdAt}>{when}</time>
        {comment.category && comment.severity && (
          <>
            {" "}
            <span className={`comment-badge severity-${comment.severity}`}>
              {t("editor:comments.errorBadge", {
                category: t(`common:errorCategory.${comment.category}`),
                severity: t(`common:errorSeverity.${comment.severity}`),
              })}
            </span>
          </>
        )}
      </p>
      <div className="comment-body">{comment.body}</div>
    </li>
  );
}

const SHOWN_FIELDS = new Set(["body", "form"]);

function CommentForm({ lng, jobId, segmentId }: { lng: string; jobId: number; segmentId: number | null }) {
  const t = useT();
  const router = useRouter();
  const draftKey = draftKeyOf(jobId, segmentId);
  const { formRef, pending, fields, failed, onSubmit } = useActionForm(
    (formData) => addCommentAction(lng, jobId, segmentId, formData),
    // Cleared only once the server has the comment: on any failure the text stays in the box.
    (_value, form) => {
      form.reset();
      forgetDraft(draftKey);
      router.refresh();
    },
  );
  // A comment typed before a reload comes back (the browser keeps it, not the server).
  useEffect(() => {
    const draft = readDraft(draftKey);
    const box = formRef.current?.elements.namedItem("body");
    if (!draft || !(box instanceof HTMLTextAreaElement) || box.value !== "") return;
    box.value = draft;
  }, [draftKey, formRef]);
  // A problem with a field the form does not show (a stale page's ids) still needs saying.
  const unshown = Object.keys(fields).some((field) => !SHOWN_FIELDS.has(field));
  return (
    <form ref={formRef} method="post" className="form compact-form comment-form" onSubmit={onSubmit} noValidate>
      {fields.form && <FormAlert>{fields.form}</FormAlert>}
      {(failed || unshown) && <FormAlert>{t("editor:comments.failed")}</FormAlert>}
      <TextAreaField
        name="body"
        rows={2}
        label={t("editor:comments.body")}
        error={fields.body}
        required
        onChange={(event) => keepDraft(draftKey, event.target.value)}
      />
      <button type="submit" className="button button-quiet" disabled={pending}>
        {pending ? t("editor:comments.adding") : t("editor:comments.add")}
      </button>
    </form>
  );
}

const draftKeyOf = (jobId: number, segmentId: number | null) => `tandem:comment-draft:${jobId}:${segmentId ?? "job"}`;

// Storage may be disabled or full: the draft is only a safety net, so its failures are silent.
function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function keepDraft(key: string, text: string): void {
  try {
    if (text.trim() === "") localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // Nothing more to do: the text is still in the box.
  }
}

function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
