import { getApiJob } from "@/lib/api-tokens/views/get-job";
import { submitJob as submit } from "@/lib/workflow/submit-job";
import { tokenRoute } from "../../../_lib/handler";
import { submitJob } from "../../../_lib/operations";

type Context = { params: Promise<{ id: string }> };

/** Hands the translation to review, then answers the job as it is now (read-only for its translator). */
export function POST(request: Request, context: Context) {
  return tokenRoute(submitJob, request, context, (actor, { db, params }) => {
    submit(db, actor, { jobId: params.id });
    return getApiJob(db, actor, params.id);
  });
}
