// One operation of the JSON API as data: its route, who may call it, and the zod schemas of its
// inputs and answer. Route handlers validate with it (handler.ts) and the OpenAPI document is
// generated from it (openapi-document.ts), so the document describes exactly what the code checks.
import type { z } from "zod";

/** `public`: no token; `read`: any token; `write`: a token with the write scope. */
export type Access = "public" | "read" | "write";

/** Refusals an operation may answer, besides the ones every token route can (401, 429). */
export type ErrorStatus = 400 | 403 | 404 | 409 | 422;

export type Operation<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> = {
  operationId: string;
  method: "GET" | "PUT" | "POST";
  /** OpenAPI path template: /api/v1/jobs/{id}. */
  path: string;
  tag: "articles" | "jobs" | "publications" | "meta";
  summary: string;
  description?: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** A body may be left out (an empty body reads as `{}`). */
  bodyOptional?: boolean;
  response: R;
  errors: readonly ErrorStatus[];
};

/** Keeps each operation's own schema types, so handlers get typed inputs and a typed answer. */
export function defineOperation<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(operation: Operation<P, Q, B, R>): Operation<P, Q, B, R> {
  return operation;
}

/** What a schema gives the handler once parsed; nothing for an input the operation has not. */
export type Parsed<S> = [NonNullable<S>] extends [never]
  ? undefined
  : NonNullable<S> extends z.ZodType
    ? z.output<NonNullable<S>>
    : undefined;
