import { z } from "zod";

/** A concordance search: a word or a phrase, as typed. */
export const concordanceSchema = z.object({
  jobId: z.number().int().positive(),
  phrase: z.string().trim().min(1).max(200),
});
