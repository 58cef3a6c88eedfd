import { getApiJob } from "@/lib/api-tokens/views/get-job";
import { tokenRoute } from "../../_lib/handler";
import { getJob } from "../../_lib/operations";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, context: Context) {
  return tokenRoute(getJob, request, context, (actor, { db, params }) => getApiJob(db, actor, params.id));
}
