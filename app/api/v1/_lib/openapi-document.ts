// The OpenAPI 3.1 document of /api/v1, generated from the operations table and its zod schemas
// (zod 4's toJSONSchema; OpenAPI 3.1 schemas are JSON Schema 2020-12, zod's own target).
import { z } from "zod";
import { API_REQUEST_LIMIT } from "@/lib/api-tokens/request-limit";
import { apiErrorSchema } from "@/lib/api-tokens/views/shapes";
import type { Operation } from "./operation";
import { OPERATIONS } from "./operations";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ERROR_REF = { $ref: "#/components/schemas/Error" };
const json = (schema: unknown) => ({ "application/json": { schema } });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "A path parameter, query parameter or the body is not valid (`invalid_request`, with `fields`; `invalid_json`; `body_too_large`).",
  401: "No token (`token_missing`), or one that is invalid, expired or revoked (`token_invalid`, `token_expired`, `token_revoked`).",
  403: "A read-only token on an operation that writes (`insufficient_scope`), or something this person may see but not do (`forbidden`).",
  404: "It does not exist, or this person may not see it (`not_found`).",
  409: "The segment was saved elsewhere since `version` (`version_conflict`, with `current`), or the job's state does not allow it (`state_conflict`).",
  422: "Refused by the same checks as the editor, e.g. a confirmed translation whose tags do not match its source (`unprocessable`, with `fields`).",
  429: `More than ${API_REQUEST_LIMIT.limit} requests a minute with this token, or more segment saves a minute than one person may make (\`rate_limited\`).`,
};

function errorResponse(status: number) {
  const response: Record<string, unknown> = { description: ERROR_DESCRIPTIONS[status], content: json(ERROR_REF) };
  if (status === 401) {
    response.headers = {
      "WWW-Authenticate": { description: "The Bearer challenge (RFC 6750).", schema: { type: "string" } },
    };
  }
  if (status === 429) {
    response.headers = { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } };
  }
  return response;
}

/** An object schema's properties as OpenAPI parameters, each with its own schema and description. */
function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, "input");
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: location,
    required: location === "path" || required.includes(name),
    ...(description ? { description } : {}),
    schema: property,
  }));
}

function pathItem(operation: Operation) {
  const statuses = [...operation.errors, ...(operation.access === "public" ? [] : [401, 429])].sort();
  const scope = operation.access === "write" ? " Needs a token with the `write` scope." : "";
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description || scope ? { description: `${operation.description ?? ""}${scope}`.trim() } : {}),
    tags: [operation.tag],
    security: operation.access === "public" ? [] : [{ personalAccessToken: [] }],
    "x-token-scope": operation.access,
    parameters: [...parameters(operation.params, "path"), ...parameters(operation.query, "query")],
    ...(operation.body
      ? { requestBody: { required: !operation.bodyOptional, content: json(jsonSchema(operation.body, "input")) } }
      : {}),
    responses: {
      200: { description: "OK", content: json(jsonSchema(operation.response, "output")) },
      ...Object.fromEntries(statuses.map((status) => [status, errorResponse(status)])),
    },
  };
}

let built: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (built) return built;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method.toLowerCase()]: pathItem(operation) };
  }
  built = {
    openapi: "3.1.0",
    info: {
      title: "Tandem API",
      version: "1",
      description:
        'Articles, translation jobs, segments and publications of Tandem, with the same permissions as its pages. Authenticate with a personal access token (Settings → Personal access tokens) as `Authorization: Bearer tdm_…`; session cookies are not accepted. Refusals are `{ "error": { "code", "message" } }`, with the message in the request\'s Accept-Language (English, Spanish, French or Arabic). Dates are ISO 8601 in UTC.',
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "articles", description: "Articles and their sources." },
      { name: "jobs", description: "Translation jobs: claim, translate segment by segment, submit." },
      { name: "publications", description: "Published translations, public." },
      { name: "meta", description: "This document." },
    ],
    paths,
    components: {
      securitySchemes: {
        personalAccessToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal access token (`tdm_…`), scoped `read` or `write`.",
        },
      },
      schemas: { Error: jsonSchema(apiErrorSchema, "output") },
    },
  };
  return built;
}
