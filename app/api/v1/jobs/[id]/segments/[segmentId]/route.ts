import { segmentSaveLimiter } from "@/lib/auth/save-rate-limit";
import { saveSegment } from "@/lib/workflow/save-segment";
import { tokenRoute } from "../../../../_lib/handler";
import { saveJobSegment } from "../../../../_lib/operations";

type Context = { params: Promise<{ id: string; segmentId: string }> };

/**
 * Saves a translation through the editor's own use-case: the same checks, history and conflict
 * rule, and the same per-person limit of saves, so a script is held to what a person can do.
 */
export function PUT(request: Request, context: Context) {
  return tokenRoute(
    saveJobSegment,
    request,
    context,
    (actor, { db, params, body }) => saveSegment(db, actor, { ...body, jobId: params.id, segmentId: params.segmentId }),
    { take: (actor) => segmentSaveLimiter().take(actor.id), messageKey: "common:saves.tooMany" },
  );
}
