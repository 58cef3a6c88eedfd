"use server";

import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { claimJob } from "@/lib/workflow/claim-job";

/**
 * A volunteer claims an open job from the catalogue for the number of days they chose. Of two
 * volunteers claiming at once, the one who loses gets "… has just claimed this job" as the form's error.
 */
export async function claimJobAction(
  lng: string,
  jobId: number,
  formData: FormData,
): Promise<ActionResult<{ jobId: number }>> {
  return guardedAction(lng, (actor) => {
    claimJob(getDb(), actor, { jobId, days: formData.get("days") });
    return { jobId };
  });
}
