import { listApiJobSegments } from "@/lib/api-tokens/views/job-segments";
import { tokenRoute } from "../../../_lib/handler";
import { listJobSegments } from "../../../_lib/operations";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, context: Context) {
  return tokenRoute(listJobSegments, request, context, (actor, { db, params }) =>
    listApiJobSegments(db, actor, params.id),
  );
}
