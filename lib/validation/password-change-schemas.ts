// The change-password form. Pure zod like account-schemas.ts (the browser may run it too); the
// common-password check is the server's (lib/auth/password-policy.ts).
import { z } from "zod";
import { newPasswordSchema } from "./account-schemas";

/** As at sign-in: any stored password is accepted, but the work one request asks of scrypt is bounded. */
const CURRENT_PASSWORD_MAX = 1024;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(CURRENT_PASSWORD_MAX),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation:passwordsDiffer",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
