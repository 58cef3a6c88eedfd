import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { exportGlossaryCsv } from "@/lib/glossary/export-csv";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

/**
 * Downloads one pair's glossary as CSV: GET ?source=en&target=es. A plain link starts it, so there
 * is no Origin to check (it changes nothing); the user is checked like a page does it: anyone who
 * may not manage the glossary, signed in or not, gets 404.
 */
export async function GET(request: NextRequest) {
  const notFound = () => new Response("Not found", { status: 404, headers: PRIVATE });
  const actor = await getCurrentUser();
  if (!actor) return notFound();
  const params = request.nextUrl.searchParams;
  try {
    const { filename, content } = exportGlossaryCsv(getDb(), actor, {
      sourceLanguage: params.get("source"),
      targetLanguage: params.get("target"),
    });
    return new Response(content, {
      headers: {
        ...PRIVATE,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ValidationError) return new Response("Bad request", { status: 400, headers: PRIVATE });
    throw error;
  }
}
