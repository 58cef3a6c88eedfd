import { z } from "zod";
import { CLAIM_MAX_DAYS } from "../workflow/claim-policy";

const jobId = z.number().int().positive();
const days = z.coerce.number().int().min(1).max(CLAIM_MAX_DAYS);

export const claimJobSchema = z.object({ jobId, days: days.optional() });
export const extendClaimSchema = z.object({ jobId, days: days.optional() });
export const releaseClaimSchema = z.object({
  jobId,
  note: z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(2000).optional()),
});
export const submitJobSchema = z.object({ jobId });

/** A translation as the editor sends it: text with placeholder tags, one line, no control characters. */
export const segmentSaveSchema = z.object({
  jobId,
  segmentId: z.number().int().positive(),
  text: z
    .string()
    .max(20_000)
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), "validation:invalidCharacters"),
  /** `draft` while typing; `translated` when the volunteer confirms the segment. */
  status: z.enum(["draft", "translated"]),
  /** The version the text was based on: an older one is a conflict, never an overwrite. */
  version: z.number().int().positive(),
});
export type SegmentSaveInput = z.input<typeof segmentSaveSchema>;
