import { getApiArticle } from "@/lib/api-tokens/views/get-article";
import { tokenRoute } from "../../_lib/handler";
import { getArticle } from "../../_lib/operations";

type Context = { params: Promise<{ slug: string }> };

export function GET(request: Request, context: Context) {
  return tokenRoute(getArticle, request, context, (actor, { db, params }) => getApiArticle(db, actor, params.slug));
}
