import { z } from "zod";

/** The database refuses longer bodies too (comments_body_length): a page of text is plenty for a note. */
export const COMMENT_BODY_MAX = 5000;

/**
 * A plain comment on a job, or on one of its segments. No category or severity: those come only
 * with a reviewer's rejection, which the review use-case writes itself.
 */
export const addCommentSchema = z.object({
  jobId: z.number().int().positive(),
  segmentId: z.number().int().positive().optional(),
  body: z.string().trim().min(1).max(COMMENT_BODY_MAX),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;
