"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { addComment } from "@/lib/comments/add-comment";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";

/** Adds a comment to the job (segmentId null) or to one of its segments, from the editor or the review page. */
export async function addCommentAction(
  lng: string,
  jobId: number,
  segmentId: number | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await guardedAction(lng, (actor) => {
    addComment(getDb(), actor, { jobId, segmentId: segmentId ?? undefined, body: formData.get("body") ?? undefined });
    return null;
  });
  if (result.ok) {
    // The arguments come from the browser: only a known language goes into a path.
    const language = isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE;
    revalidatePath(`/${language}/jobs/${jobId}`);
    revalidatePath(`/${language}/review/${jobId}`);
  }
  return result;
}
