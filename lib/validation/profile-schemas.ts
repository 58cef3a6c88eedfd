// Inputs of the public volunteer profile: choosing whether it is public, and the id in its address.
import { z } from "zod";

const positiveId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A user id as a form (a hidden field, a string) or a caller (a number) gives it. */
const userId = z.coerce.number().pipe(positiveId);

/** The settings form: whose profile (always the signed-in user's own) and who may see it. */
export const setPublicProfileSchema = z.object({
  userId,
  visibility: z.enum(["public", "private"]),
});
export type SetPublicProfileInput = z.input<typeof setPublicProfileSchema>;

/** `/<lng>/volunteers/<id>`: anything but a positive whole number is an unknown volunteer. */
export const volunteerProfileSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/)
    .transform(Number)
    .pipe(positiveId),
});
