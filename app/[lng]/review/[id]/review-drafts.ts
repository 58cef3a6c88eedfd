// What a reviewer is typing (a corrected text, a rejection's comment) is kept in the browser until
// the decision is saved, so a reload, a crash or a lost connection loses none of it.

export type ReviewDraft =
  | { mode: "edit"; text: string }
  | { mode: "reject"; comment: string; category: string; severity: string };

const key = (jobId: number, segmentId: number) => `tandem:review-draft:${jobId}:${segmentId}`;

export function loadReviewDraft(jobId: number, segmentId: number): ReviewDraft | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key(jobId, segmentId)) ?? "null") as ReviewDraft | null;
    if (stored?.mode === "edit" && typeof stored.text === "string") return stored;
    if (stored?.mode === "reject" && typeof stored.comment === "string") return stored;
    return null;
  } catch {
    // Storage disabled or a damaged entry: there is simply no draft.
    return null;
  }
}

export function saveReviewDraft(jobId: number, segmentId: number, draft: ReviewDraft): void {
  try {
    localStorage.setItem(key(jobId, segmentId), JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the safety net; the form still holds the text.
  }
}

export function clearReviewDraft(jobId: number, segmentId: number): void {
  try {
    localStorage.removeItem(key(jobId, segmentId));
  } catch {
    // Nothing to clear.
  }
}
