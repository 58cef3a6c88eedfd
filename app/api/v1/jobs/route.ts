import { listApiJobs } from "@/lib/api-tokens/views/list-jobs";
import { tokenRoute } from "../_lib/handler";
import { listJobs } from "../_lib/operations";

export function GET(request: Request) {
  return tokenRoute(listJobs, request, undefined, (actor, { db, query }) => listApiJobs(db, actor, query));
}
