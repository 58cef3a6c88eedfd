// Calls /api/v1 route handlers the way Next.js does: a Request and a context whose params resolve
// to the folder's [names]. Each test file mocks getDb to its own database (vi.mock is per file).
import type { Db } from "@/db/client";
import type { ApiTokenScope } from "@/db/enums";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import type { Actor } from "@/lib/auth/actor";

export const SITE = "http://localhost:3000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type CallOptions = {
  token?: string | null;
  params?: Record<string, string>;
  body?: unknown;
  /** A raw body, sent as it is. */
  rawBody?: string;
  headers?: Record<string, string>;
  method?: string;
};

/** Calls a route handler with a bearer token (unless `token` is null) and answers status, headers, JSON. */
export async function call(handler: unknown, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const method = options.method ?? (body === undefined ? "GET" : "PUT");
  const response = await (handler as Handler)(new Request(`${SITE}${path}`, { method, headers, body }), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : null };
}

/** A fresh token of the actor with this scope. */
export function tokenFor(db: Db, actor: Actor, scope: ApiTokenScope = "read", name = `${scope} token`): string {
  return createApiToken(db, actor, { name, scope }).token;
}

/** The `error` of an error answer, typed loosely for assertions. */
export function errorOf(
  json: unknown,
): { code: string; message: string; fields?: Record<string, string> } & Record<string, unknown> {
  return (json as { error: never }).error;
}
