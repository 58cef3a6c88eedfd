"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { ConflictError } from "@/lib/errors";
import { approveJob } from "@/lib/workflow/approve-job";
import { releaseReview } from "@/lib/workflow/release-review";
import { requestChanges } from "@/lib/workflow/request-changes";
import type { ReviewSegmentInput } from "@/lib/validation/review-schemas";
import { reviewSegment } from "@/lib/workflow/review-segment";
import type { SegmentState } from "@/lib/workflow/save-segment";
import { takeReview } from "@/lib/workflow/take-review";

/** What a segment decision answers: the segment's new state, or the newer one that conflicted. */
export type SegmentDecisionResult = { segment: SegmentState } | { conflict: SegmentState };

export async function reviewSegmentAction(
  lng: string,
  input: ReviewSegmentInput,
): Promise<ActionResult<SegmentDecisionResult>> {
  return guardedAction(lng, (actor) => {
    try {
      return { segment: reviewSegment(getDb(), actor, input) };
    } catch (error) {
      // Someone changed the segment since the page loaded: show theirs, keep the reviewer's words.
      if (error instanceof ConflictError) return { conflict: error.current as SegmentState };
      throw error;
    }
  });
}

function refresh(lng: string, jobId: number) {
  revalidatePath(`/${lng}/review/${jobId}`);
  revalidatePath(`/${lng}/review`);
}

export async function takeReviewAction(lng: string, jobId: number): Promise<ActionResult<null>> {
  const result = await guardedAction(lng, (actor) => {
    takeReview(getDb(), actor, { jobId });
    return null;
  });
  refresh(lng, jobId);
  return result;
}

export async function releaseReviewAction(lng: string, jobId: number): Promise<ActionResult<null>> {
  const result = await guardedAction(lng, (actor) => {
    releaseReview(getDb(), actor, { jobId });
    return null;
  });
  refresh(lng, jobId);
  return result;
}

export async function approveJobAction(lng: string, jobId: number): Promise<ActionResult<{ score: number }>> {
  const result = await guardedAction(lng, (actor) => approveJob(getDb(), actor, { jobId }));
  refresh(lng, jobId);
  return result;
}

export async function requestChangesAction(
  lng: string,
  jobId: number,
  formData: FormData,
): Promise<ActionResult<{ dueAt: Date }>> {
  const result = await guardedAction(lng, (actor) =>
    requestChanges(getDb(), actor, { jobId, note: formData.get("note") ?? undefined }),
  );
  refresh(lng, jobId);
  return result;
}
