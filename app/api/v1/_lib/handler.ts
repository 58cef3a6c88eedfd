import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { authenticateApiToken, type TokenRefusal } from "@/lib/api-tokens/authenticate-token";
import { apiRequestLimiter } from "@/lib/api-tokens/request-limit";
import type { Actor } from "@/lib/auth/actor";
import type { RateLimitVerdict } from "@/lib/auth/rate-limit";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { negotiateLanguage } from "@/lib/i18n/negotiate";
import { getT, translateFields, translateMessage, type ServerT } from "@/lib/i18n/server";
import type { Message } from "@/lib/validation/message";
import type { SegmentState } from "@/lib/workflow/save-segment";
import { validate } from "@/lib/validation/validate";
import { errorResponse, NO_STORE, refusal, type ErrorKey } from "./error-response";
import type { Operation, Parsed } from "./operation";
import { BODY_MAX_BYTES, readJsonBody } from "./read-body";

/** Route parameters as Next.js hands them to a route handler. */
export type RouteContext = { params: Promise<Record<string, string>> };

export type Inputs<O extends Operation> = {
  db: Db;
  params: Parsed<O["params"]>;
  query: Parsed<O["query"]>;
  body: Parsed<O["body"]>;
};

/** A limit of the person behind the token (segment saves), on top of the token's own. */
export type PersonLimit = { take: (actor: Actor) => RateLimitVerdict; messageKey: string };

const REALM = 'Bearer realm="tandem"';
const TOKEN_REFUSALS: Record<TokenRefusal, { code: string; key: ErrorKey; header: string }> = {
  // RFC 6750: a request without credentials gets the bare challenge; a bad token, invalid_token.
  missing: { code: "token_missing", key: "api:errors.tokenMissing", header: REALM },
  invalid: { code: "token_invalid", key: "api:errors.tokenInvalid", header: `${REALM}, error="invalid_token"` },
  expired: { code: "token_expired", key: "api:errors.tokenExpired", header: `${REALM}, error="invalid_token"` },
  revoked: { code: "token_revoked", key: "api:errors.tokenRevoked", header: `${REALM}, error="invalid_token"` },
};

function tooMany(t: ServerT, retryAfterMs: number, message: string | null) {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return errorResponse(
    429,
    {
      code: "rate_limited",
      message: message ?? String(t("api:errors.rateLimited", { seconds })),
      retryAfterSeconds: seconds,
    },
    { "Retry-After": String(seconds) },
  );
}

/** Path parameters, query string and body checked against the operation's schemas, all at once. */
async function parseInputs<O extends Operation>(
  operation: O,
  request: Request,
  context: RouteContext | undefined,
  t: ServerT,
): Promise<{ ok: true; inputs: Omit<Inputs<O>, "db"> } | { ok: false; response: NextResponse }> {
  const fields: Record<string, Message> = {};
  const check = (schema: z.ZodType | undefined, raw: unknown) => {
    if (!schema) return undefined;
    const result = validate(schema, raw);
    if (result.ok) return result.data;
    Object.assign(fields, result.fields);
    return undefined;
  };
  const params = check(operation.params, context ? await context.params : {});
  const query = check(operation.query, Object.fromEntries(new URL(request.url).searchParams));
  let body: unknown;
  if (operation.body) {
    const read = await readJsonBody(request);
    if (!read.ok && read.problem === "too_large") {
      const response = refusal(t, 400, "body_too_large", "api:errors.bodyTooLarge", {
        values: { kilobytes: BODY_MAX_BYTES / 1024 },
      });
      return { ok: false, response };
    }
    if (!read.ok) return { ok: false, response: refusal(t, 400, "invalid_json", "api:errors.invalidJson") };
    body = check(operation.body, read.value === undefined && operation.bodyOptional ? {} : read.value);
  }
  if (Object.keys(fields).length > 0) {
    const extra = { fields: translateFields(t, fields) };
    return { ok: false, response: refusal(t, 400, "invalid_request", "api:errors.invalidRequest", { extra }) };
  }
  return { ok: true, inputs: { params, query, body } as Omit<Inputs<O>, "db"> };
}

/** Domain errors as HTTP answers: the one place the API decides them (as api-response.ts does for the pages' API). */
function domainErrorResponse(error: unknown, t: ServerT): NextResponse {
  if (error instanceof NotFoundError) return refusal(t, 404, "not_found", "api:errors.notFound");
  if (error instanceof ConflictError) {
    // saveSegment's conflict carries the segment as the server holds it now (SegmentState).
    const extra = { current: error.current as SegmentState };
    return refusal(t, 409, "version_conflict", "api:errors.versionConflict", { extra });
  }
  if (error instanceof WorkflowError) {
    return errorResponse(409, { code: "state_conflict", message: translateMessage(t, error.reason) });
  }
  if (error instanceof ForbiddenError) {
    return errorResponse(403, { code: "forbidden", message: translateMessage(t, error.reason) });
  }
  if (error instanceof ValidationError) {
    const extra = { fields: translateFields(t, error.fields) };
    return refusal(t, 422, "unprocessable", "api:errors.unprocessable", { extra });
  }
  // Every write runs in one transaction, so an unexpected failure has changed nothing.
  console.error("Tandem API: unexpected error", error);
  return refusal(t, 500, "internal_error", "api:errors.internal");
}

type Run<O extends Operation, A> = (actor: A, inputs: Inputs<O>) => z.output<O["response"]>;

async function answer<O extends Operation>(
  operation: O,
  request: Request,
  context: RouteContext | undefined,
  run: Run<O, Actor | null>,
  personLimit?: PersonLimit,
): Promise<NextResponse> {
  // Messages follow Accept-Language alone: API clients have no language cookie, and a cookie is
  // never read here (the API takes tokens only, which is what makes cross-site requests harmless).
  const t = getT(negotiateLanguage(undefined, request.headers.get("accept-language")));
  const db = getDb();
  let actor: Actor | null = null;
  if (operation.access !== "public") {
    const auth = authenticateApiToken(db, request.headers.get("authorization"));
    if (!auth.ok) {
      const { code, key, header } = TOKEN_REFUSALS[auth.reason];
      return refusal(t, 401, code, key, { headers: { "WWW-Authenticate": header } });
    }
    const verdict = apiRequestLimiter().take(auth.token.id);
    if (!verdict.allowed) return tooMany(t, verdict.retryAfterMs, null);
    if (operation.access === "write" && auth.token.scope !== "write") {
      const headers = { "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="write"` };
      return refusal(t, 403, "insufficient_scope", "api:errors.insufficientScope", { headers });
    }
    actor = auth.actor;
  }
  const parsed = await parseInputs(operation, request, context, t);
  if (!parsed.ok) return parsed.response;
  if (actor && personLimit) {
    const verdict = personLimit.take(actor);
    if (!verdict.allowed) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      return tooMany(t, verdict.retryAfterMs, String(t(personLimit.messageKey as never, { seconds } as never)));
    }
  }
  try {
    return NextResponse.json(run(actor, { db, ...parsed.inputs }), { headers: NO_STORE });
  } catch (error) {
    return domainErrorResponse(error, t);
  }
}

/**
 * Answers an operation that needs a token: 401 without a working one, 429 over the token's limit,
 * 403 for a read-only token on a write operation, 400 for invalid inputs; then runs the use-case
 * as the token's owner. A session cookie is never looked at.
 */
export function tokenRoute<O extends Operation>(
  operation: O,
  request: Request,
  context: RouteContext | undefined,
  run: Run<O, Actor>,
  personLimit?: PersonLimit,
): Promise<NextResponse> {
  return answer(operation, request, context, (actor, inputs) => run(actor!, inputs), personLimit);
}

/** Answers a public operation: inputs checked, no token needed (one sent is ignored). */
export function publicRoute<O extends Operation>(
  operation: O,
  request: Request,
  context: RouteContext | undefined,
  run: (inputs: Inputs<O>) => z.output<O["response"]>,
): Promise<NextResponse> {
  return answer(operation, request, context, (_actor, inputs) => run(inputs));
}
