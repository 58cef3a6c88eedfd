import "server-only";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "@/lib/api-tokens/views/shapes";
import type { englishResources } from "@/lib/i18n/resources";
import type { ServerT } from "@/lib/i18n/server";

/** API answers depend on the token and change with every save: never kept by a cache. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** The one shape of every refusal: `{ error: { code, message, … } }`. */
export function errorResponse(
  status: number,
  error: ApiErrorBody["error"],
  headers: Record<string, string> = {},
): NextResponse {
  return NextResponse.json({ error } satisfies ApiErrorBody, { status, headers: { ...NO_STORE, ...headers } });
}

/** The keys of api:errors.*, so a refusal's message is checked against the English file. */
export type ErrorKey = `api:errors.${keyof (typeof englishResources)["api"]["errors"] & string}`;

export type RefusalOptions = {
  /** Interpolation values of the message. */
  values?: Record<string, unknown>;
  /** What the error carries besides its code and message (fields, current, retryAfterSeconds). */
  extra?: Omit<ApiErrorBody["error"], "code" | "message">;
  headers?: Record<string, string>;
};

/** A refusal whose message is one of api:errors.*, in the reader's language. */
export function refusal(
  t: ServerT,
  status: number,
  code: string,
  key: ErrorKey,
  { values = {}, extra = {}, headers = {} }: RefusalOptions = {},
): NextResponse {
  return errorResponse(status, { code, message: String(t(key as never, values as never)), ...extra }, headers);
}
