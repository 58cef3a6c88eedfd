// Every operation of /api/v1. Descriptions are for the developers reading the OpenAPI document,
// in English like the rest of the API's vocabulary; refusals carry messages in the caller's language.
import { z } from "zod";
import {
  apiArticleDetailSchema,
  apiArticleSchema,
  apiJobDetailSchema,
  apiJobSchema,
  apiJobSegmentsSchema,
  apiPublicationSchema,
  apiSegmentStateSchema,
  pageOf,
} from "@/lib/api-tokens/views/shapes";
import {
  articlePathSchema,
  claimBodySchema,
  jobPathSchema,
  jobSegmentPathSchema,
  jobsQuerySchema,
  pageQuerySchema,
  publicationsQuerySchema,
  segmentPutBodySchema,
} from "@/lib/validation/api-schemas";
import { defineOperation } from "./operation";

export const listArticles = defineOperation({
  operationId: "listArticles",
  method: "GET",
  path: "/api/v1/articles",
  tag: "articles",
  summary: "Articles you may see",
  description:
    "Editors and administrators see every article; everyone else the articles opened for translation. Newest first.",
  access: "read",
  query: pageQuerySchema,
  response: pageOf(apiArticleSchema),
  errors: [400],
});

export const getArticle = defineOperation({
  operationId: "getArticle",
  method: "GET",
  path: "/api/v1/articles/{slug}",
  tag: "articles",
  summary: "One article, its source as HTML, and its jobs you may see",
  access: "read",
  params: articlePathSchema,
  response: apiArticleDetailSchema,
  errors: [400, 404],
});

export const listJobs = defineOperation({
  operationId: "listJobs",
  method: "GET",
  path: "/api/v1/jobs",
  tag: "jobs",
  summary: "Jobs you may see",
  description:
    "The jobs your pages show you: those you claimed, open jobs into the languages you translate into, jobs into the languages you review (reviewers), every job (editors). Newest first.",
  access: "read",
  query: jobsQuerySchema,
  response: pageOf(apiJobSchema),
  errors: [400],
});

export const getJob = defineOperation({
  operationId: "getJob",
  method: "GET",
  path: "/api/v1/jobs/{id}",
  tag: "jobs",
  summary: "One job and its progress",
  access: "read",
  params: jobPathSchema,
  response: apiJobDetailSchema,
  errors: [400, 404],
});

export const listJobSegments = defineOperation({
  operationId: "listJobSegments",
  method: "GET",
  path: "/api/v1/jobs/{id}/segments",
  tag: "jobs",
  summary: "A job's segments: source, translation, status and version",
  description:
    "In document order. Sources carry numbered placeholder tags (`<1>…</1>`, `<2/>`); a translation must keep every tag of its source before it can be confirmed.",
  access: "read",
  params: jobPathSchema,
  response: apiJobSegmentsSchema,
  errors: [400, 404],
});

export const saveJobSegment = defineOperation({
  operationId: "saveJobSegment",
  method: "PUT",
  path: "/api/v1/jobs/{id}/segments/{segmentId}",
  tag: "jobs",
  summary: "Save a segment's translation",
  description:
    "For the job's assignee while the job is in progress. `status` is `draft`, or `translated` to confirm it (refused with 422 while its tags do not match the source). `version` is the segment's version your text is based on: when the segment was saved elsewhere since, nothing is written and the answer is 409 with the current text. Each save is kept in the segment's history, like a save in the editor, and counts toward the same limit of saves per minute.",
  access: "write",
  params: jobSegmentPathSchema,
  body: segmentPutBodySchema,
  response: apiSegmentStateSchema,
  errors: [400, 403, 404, 409, 422],
});

export const claimJob = defineOperation({
  operationId: "claimJob",
  method: "POST",
  path: "/api/v1/jobs/{id}/claim",
  tag: "jobs",
  summary: "Claim an open job",
  description:
    "For volunteers of the job's language, within the limit of jobs one person may hold. `days` is how long you need it (the site's default when left out). Answers the job as it is now.",
  access: "write",
  params: jobPathSchema,
  body: claimBodySchema,
  bodyOptional: true,
  response: apiJobDetailSchema,
  errors: [400, 404, 409],
});

export const submitJob = defineOperation({
  operationId: "submitJob",
  method: "POST",
  path: "/api/v1/jobs/{id}/submit",
  tag: "jobs",
  summary: "Submit a translation for review",
  description:
    "For the job's assignee, once every segment is confirmed and no tag problem is left. Answers the job as it is now.",
  access: "write",
  params: jobPathSchema,
  response: apiJobDetailSchema,
  errors: [400, 403, 404, 409],
});

export const listPublications = defineOperation({
  operationId: "listPublications",
  method: "GET",
  path: "/api/v1/publications",
  tag: "publications",
  summary: "Translations published online now",
  description: "Public: no token needed. Newest first, with the volunteers each publication credits.",
  access: "public",
  query: publicationsQuerySchema,
  response: pageOf(apiPublicationSchema),
  errors: [400],
});

export const getOpenApiDocument = defineOperation({
  operationId: "getOpenApiDocument",
  method: "GET",
  path: "/api/v1/openapi.json",
  tag: "meta",
  summary: "This document",
  access: "public",
  response: z.record(z.string(), z.unknown()).meta({ description: "An OpenAPI 3.1 document." }),
  errors: [],
});

export const OPERATIONS = [
  listArticles,
  getArticle,
  listJobs,
  getJob,
  listJobSegments,
  saveJobSegment,
  claimJob,
  submitJob,
  listPublications,
  getOpenApiDocument,
] as const;
