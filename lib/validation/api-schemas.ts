// Inputs of the JSON API (/api/v1) and of the personal access tokens behind it. Route handlers
// validate path parameters, query strings and bodies with these, and the OpenAPI document
// (app/api/v1/_lib/openapi-document.ts) is generated from the same schemas, so the two cannot
// disagree. Bodies reuse the workflow's own schemas: the API accepts exactly what the editor does.
import { z } from "zod";
import { API_TOKEN_SCOPES, JOB_STATUSES } from "@/db/enums";
import { API_TOKEN_MAX_DAYS } from "../api-tokens/expiry-choices";
import { CONTENT_LANGUAGES } from "../languages";
import { claimJobSchema, segmentSaveSchema } from "./workflow-schemas";

// ---------------------------------------------------------------------------------------------
// Personal access tokens (Settings)

const noneWhenBlank = (value: unknown) => (value === "" || value === "never" || value === null ? undefined : value);

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(API_TOKEN_SCOPES),
  /** Days until the token stops working; absent (or "never") for a token without an end. */
  expiresInDays: z.preprocess(noneWhenBlank, z.coerce.number().int().min(1).max(API_TOKEN_MAX_DAYS).optional()),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.coerce.number().int().positive() });

// ---------------------------------------------------------------------------------------------
// /api/v1: path parameters arrive as strings, so ids are digits turned into numbers here.

const numericId = z
  .string()
  .regex(/^[1-9]\d{0,11}$/)
  .transform(Number)
  .meta({ description: "A positive integer id." });

export const jobPathSchema = z.object({ id: numericId });
export const jobSegmentPathSchema = z.object({ id: numericId, segmentId: numericId });
export const articlePathSchema = z.object({
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation:slugFormat")
    .meta({ description: "The article's address, e.g. `mangroves-in-fiji`." }),
});

/** Listings are paged: at most this many items per page. */
export const API_PAGE_MAX = 100;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).meta({ description: "1-based page number." }),
  perPage: z.coerce.number().int().min(1).max(API_PAGE_MAX).default(20).meta({ description: "Items per page." }),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

const contentLanguage = z.enum(CONTENT_LANGUAGES);

export const jobsQuerySchema = pageQuerySchema.extend({
  status: z.enum(JOB_STATUSES).optional().meta({ description: "Only jobs in this state." }),
  language: contentLanguage.optional().meta({ description: "Only jobs into this language." }),
  mine: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .meta({ description: "`true`: only jobs assigned to you; `false`: only the others." }),
});
export type JobsQuery = z.output<typeof jobsQuerySchema>;

export const publicationsQuerySchema = pageQuerySchema.extend({
  language: contentLanguage.optional().meta({ description: "Only publications in this language." }),
});
export type PublicationsQuery = z.output<typeof publicationsQuerySchema>;

/** A segment save: the editor's own fields, with `version` for optimistic locking. */
export const segmentPutBodySchema = segmentSaveSchema.pick({ text: true, status: true, version: true });

/** A claim may name how many days it needs; the administrators' default otherwise. */
export const claimBodySchema = claimJobSchema.pick({ days: true });
