import { z } from "zod";
import { ERROR_CATEGORIES, ERROR_SEVERITIES } from "@/db/enums";
import { segmentSaveSchema } from "./workflow-schemas";

const jobId = z.number().int().positive();
const segmentId = z.number().int().positive();
const version = z.number().int().positive();
const optionalText = (max: number) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(max).optional());
/** A reviewer's comment: what is wrong, in words the translator can act on. */
const commentBody = z.string().trim().min(1).max(5000);

export const reviewJobSchema = z.object({ jobId });
export const requestChangesSchema = z.object({ jobId, note: optionalText(5000) });

/**
 * What a reviewer does to one segment. A rejection always says why (comment, category, severity);
 * an edit replaces the translator's text (kept in history) and may say why the same way.
 */
export const reviewSegmentSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), jobId, segmentId, version }),
  z.object({
    decision: z.literal("reject"),
    jobId,
    segmentId,
    version,
    comment: commentBody,
    category: z.enum(ERROR_CATEGORIES),
    severity: z.enum(ERROR_SEVERITIES),
  }),
  z.object({
    decision: z.literal("edit"),
    jobId,
    segmentId,
    version,
    text: segmentSaveSchema.shape.text.refine((text) => text.trim() !== "", "validation:translationRequired"),
    comment: optionalText(5000),
    category: z.enum(ERROR_CATEGORIES).optional(),
    severity: z.enum(ERROR_SEVERITIES).optional(),
  }),
]);
export type ReviewSegmentInput = z.input<typeof reviewSegmentSchema>;
