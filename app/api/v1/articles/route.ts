import { listApiArticles } from "@/lib/api-tokens/views/list-articles";
import { tokenRoute } from "../_lib/handler";
import { listArticles } from "../_lib/operations";

export function GET(request: Request) {
  return tokenRoute(listArticles, request, undefined, (actor, { db, query }) => listApiArticles(db, actor, query));
}
