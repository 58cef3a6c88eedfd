"use server";

import { getDb } from "@/db/client";
import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import type { DismissWarningInput } from "@/lib/validation/qa-schemas";
import { dismissWarning, type DismissWarningResult } from "@/lib/workflow/dismiss-warning";
import { extendClaim } from "@/lib/workflow/extend-claim";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { submitJob } from "@/lib/workflow/submit-job";

export async function submitJobAction(lng: string, jobId: number): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    submitJob(getDb(), actor, { jobId });
    return null;
  });
}

export async function extendClaimAction(
  lng: string,
  jobId: number,
  formData: FormData,
): Promise<ActionResult<{ dueAt: Date }>> {
  return guardedAction(lng, (actor) => extendClaim(getDb(), actor, { jobId, days: formData.get("days") ?? undefined }));
}

export async function releaseClaimAction(lng: string, jobId: number, formData: FormData): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    releaseClaim(getDb(), actor, { jobId, note: formData.get("note") ?? undefined });
    return null;
  });
}

/** The assignee dismisses a quality-check warning of one segment, with a reason the reviewer reads. */
export async function dismissWarningAction(
  lng: string,
  input: DismissWarningInput,
): Promise<ActionResult<DismissWarningResult>> {
  return guardedAction(lng, (actor) => dismissWarning(getDb(), actor, input));
}
