import { z } from "zod";
import { QA_CHECK_IDS } from "../qa/types";
import { segmentSaveSchema } from "./workflow-schemas";

/**
 * The assignee dismisses one warning of one segment. `text` is the translation as the editor shows
 * it (it may not be saved yet): the dismissal holds for that text only.
 */
export const dismissWarningSchema = z.object({
  jobId: z.number().int().positive(),
  segmentId: z.number().int().positive(),
  check: z.enum(QA_CHECK_IDS),
  text: segmentSaveSchema.shape.text,
  reason: z.string().trim().min(1).max(500),
});
export type DismissWarningInput = z.input<typeof dismissWarningSchema>;
