import { getApiJob } from "@/lib/api-tokens/views/get-job";
import { claimJob as claim } from "@/lib/workflow/claim-job";
import { tokenRoute } from "../../../_lib/handler";
import { claimJob } from "../../../_lib/operations";

type Context = { params: Promise<{ id: string }> };

/** Claims the job with the site's claim rules, then answers the job as it is now. */
export function POST(request: Request, context: Context) {
  return tokenRoute(claimJob, request, context, (actor, { db, params, body }) => {
    claim(db, actor, { jobId: params.id, days: body.days });
    return getApiJob(db, actor, params.id);
  });
}
