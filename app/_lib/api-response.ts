import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import type { RateLimitVerdict } from "@/lib/auth/rate-limit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { negotiateLanguage } from "@/lib/i18n/negotiate";
import { getT, translateFields, translateMessage } from "@/lib/i18n/server";
import { LANGUAGE_COOKIE } from "@/lib/i18n/settings";
import { tooManyRequests } from "./too-many-requests";

/** A state-changing request must come from a page of this site: the Origin header says so. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.get("host");
  } catch {
    return false;
  }
}

/**
 * A per-user limit on a route: `take` counts one request of the user (or refuses it), `messageKey`
 * names the refusal in the reader's language and takes `{{seconds}}`.
 */
export type RequestLimit = { take: (actor: Actor) => RateLimitVerdict; messageKey: string };

/**
 * Runs a use-case for a JSON route handler: the one place where domain errors become HTTP statuses
 * (404 not visible, 403 visible but not allowed, 409 conflict, 422 invalid, 429 over `limit`, which
 * is checked before the use-case runs) with messages in the reader's language. The response's
 * Server-Timing says how long the use-case took, for the benchmarks.
 */
export async function apiCall<T>(
  request: NextRequest,
  run: (actor: Actor) => T,
  limit?: RequestLimit,
): Promise<NextResponse> {
  const t = getT(
    negotiateLanguage(request.cookies.get(LANGUAGE_COOKIE)?.value, request.headers.get("accept-language")),
  );
  if (!sameOrigin(request)) return NextResponse.json({ error: "cross-origin request refused" }, { status: 403 });
  const actor = await getCurrentUser();
  if (!actor) return NextResponse.json({ error: "signed out" }, { status: 401 });
  const verdict = limit?.take(actor);
  if (verdict && !verdict.allowed) return tooManyRequests(t, limit!.messageKey, verdict.retryAfterMs);
  const started = performance.now();
  try {
    const value = run(actor);
    const response = NextResponse.json(value);
    response.headers.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(2)}`);
    return response;
  } catch (error) {
    if (error instanceof ConflictError) return NextResponse.json({ conflict: error.current }, { status: 409 });
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    if (error instanceof ForbiddenError || error instanceof WorkflowError) {
      const status = error instanceof ForbiddenError ? 403 : 409;
      return NextResponse.json({ message: translateMessage(t, error.reason) }, { status });
    }
    if (error instanceof ValidationError) {
      const fields = translateFields(t, error.fields);
      return NextResponse.json({ fields }, { status: 422 });
    }
    throw error;
  }
}

/**
 * Runs a read-only use-case for a JSON route handler (GET). Browsers send no Origin header on
 * same-origin GETs, and a read changes nothing, so only the session is checked; refusals map as in
 * `apiCall` (401 signed out, 404 not visible).
 */
export async function apiQuery<T>(run: (actor: Actor) => T): Promise<NextResponse> {
  const actor = await getCurrentUser();
  if (!actor) return NextResponse.json({ error: "signed out" }, { status: 401 });
  try {
    const response = NextResponse.json(run(actor));
    // Answers depend on the signed-in user and on data that changes with every save.
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    if (error instanceof ValidationError) return NextResponse.json({ error: "invalid" }, { status: 422 });
    throw error;
  }
}
