import { listApiPublications } from "@/lib/api-tokens/views/list-publications";
import { publicRoute } from "../_lib/handler";
import { listPublications } from "../_lib/operations";

export function GET(request: Request) {
  return publicRoute(listPublications, request, undefined, ({ db, query }) => listApiPublications(db, query));
}
