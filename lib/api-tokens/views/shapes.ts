// What /api/v1 answers, as zod schemas: the views below build these shapes (their types come from
// here), the OpenAPI document describes them, and the tests check real answers against them.
// Dates are ISO 8601 strings in UTC.
import { z } from "zod";
import { BLOCK_KINDS, JOB_STATUSES, SEGMENT_STATUSES } from "@/db/enums";
import { INLINE_TAG_KINDS } from "@/db/json-shapes";

const isoDate = z.iso.datetime();

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    page: z.number().int(),
    perPage: z.number().int(),
    /** Items on every page together. */
    total: z.number().int(),
  });
export type ApiPage<T> = { data: T[]; page: number; perPage: number; total: number };

const livePublication = z.object({
  language: z.string(),
  title: z.string().meta({ description: "The title in the translation's language." }),
  publishedAt: isoDate,
});

export const apiArticleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  sourceLanguage: z.string(),
  region: z.string().nullable(),
  sdgGoals: z.array(z.number().int()),
  segmentCount: z.number().int(),
  wordCount: z.number().int(),
  createdAt: isoDate,
  /** Published translations online now. */
  translations: z.array(livePublication),
});
export type ApiArticle = z.output<typeof apiArticleSchema>;

export const apiArticleDetailSchema = apiArticleSchema.extend({
  html: z.string().meta({ description: "The current source as sanitized HTML." }),
  jobs: z
    .array(z.object({ id: z.number().int(), targetLanguage: z.string(), status: z.enum(JOB_STATUSES) }))
    .meta({ description: "The article's jobs that you may see." }),
});
export type ApiArticleDetail = z.output<typeof apiArticleDetailSchema>;

export const apiJobSchema = z.object({
  id: z.number().int(),
  article: z.object({ slug: z.string(), title: z.string(), sourceLanguage: z.string() }),
  targetLanguage: z.string(),
  status: z.enum(JOB_STATUSES),
  assignedToMe: z.boolean(),
  dueAt: isoDate.nullable(),
  words: z.number().int().meta({ description: "Source words of the job's current revision." }),
});
export type ApiJob = z.output<typeof apiJobSchema>;

const segmentCounts = z.object(
  Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, z.number().int()])) as Record<
    (typeof SEGMENT_STATUSES)[number],
    z.ZodNumber
  >,
);

export const apiJobDetailSchema = apiJobSchema.extend({
  assigneeName: z.string().nullable(),
  claimExtended: z.boolean(),
  can: z.object({
    claim: z.boolean().meta({ description: "The job is open in one of your languages." }),
    edit: z.boolean().meta({ description: "You hold the claim: you may save segments and submit." }),
  }),
  segments: segmentCounts.meta({ description: "How many segments are in each state." }),
  wordsDone: z.number().int().meta({ description: "Source words of translated and approved segments." }),
});
export type ApiJobDetail = z.output<typeof apiJobDetailSchema>;

const inlineTag = z.object({
  id: z.number().int(),
  kind: z.enum(INLINE_TAG_KINDS),
  paired: z.boolean(),
  open: z.string().meta({ description: "The original markup of the opening tag (or the whole element)." }),
  close: z.string().optional(),
  attrs: z.record(z.string(), z.string()).optional(),
});

export const apiSegmentSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: z.enum(BLOCK_KINDS),
  source: z.string().meta({ description: 'The sentence with numbered placeholder tags: "See the <1>report</1>."' }),
  tags: z.array(inlineTag),
  words: z.number().int(),
  target: z.string(),
  status: z.enum(SEGMENT_STATUSES),
  version: z.number().int().meta({ description: "Send it back with a save: an older one is a conflict (409)." }),
});
export type ApiSegment = z.output<typeof apiSegmentSchema>;

export const apiJobSegmentsSchema = z.object({
  job: z.object({
    id: z.number().int(),
    status: z.enum(JOB_STATUSES),
    sourceLanguage: z.string(),
    targetLanguage: z.string(),
  }),
  segments: z.array(apiSegmentSchema),
});
export type ApiJobSegments = z.output<typeof apiJobSegmentsSchema>;

export const apiSegmentStateSchema = z.object({
  segmentId: z.number().int(),
  text: z.string(),
  status: z.enum(SEGMENT_STATUSES),
  version: z.number().int(),
  authorName: z.string().nullable().meta({ description: "Who wrote the current text." }),
});

export const apiPublicationSchema = z.object({
  article: z.object({ slug: z.string(), sourceLanguage: z.string() }),
  language: z.string(),
  title: z.string(),
  publishedAt: isoDate,
  volunteers: z.array(z.string()).meta({ description: "The volunteers the publication credits." }),
});
export type ApiPublication = z.output<typeof apiPublicationSchema>;

/** Every refusal: a stable code for programs, a message in the Accept-Language of the request. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "400 and 422: one message per field that needs fixing." }),
    current: apiSegmentStateSchema
      .optional()
      .meta({ description: "409 on a stale segment version: what the server holds now." }),
    retryAfterSeconds: z.number().int().optional().meta({ description: "429: when to try again." }),
  }),
});
export type ApiErrorBody = z.output<typeof apiErrorSchema>;
