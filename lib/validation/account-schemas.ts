// Schemas for account forms. Pure zod with no server imports: the sign-in form also runs them in the
// browser for instant feedback, and the server runs them again because the browser is not trusted.
import { z } from "zod";
import { CONTENT_LANGUAGES } from "../languages";

export const EMAIL_MAX = 254;
export const DISPLAY_NAME_MAX = 100;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** Sign-in accepts any stored password, but bounds the work one request can ask of scrypt. */
const SIGN_IN_PASSWORD_MAX = 1024;

/** Trimmed and lower-cased, as users.email stores it. */
export const emailSchema = z
  .string()
  .trim()
  .min(1)
  .max(EMAIL_MAX)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

// Control characters would corrupt credit lines and e-mails that show the name.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(DISPLAY_NAME_MAX)
  .refine((name) => !CONTROL_CHARACTERS.test(name), "validation:invalidCharacters");

export const newPasswordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const translateLanguagesSchema = z
  .array(z.enum(CONTENT_LANGUAGES))
  .min(1)
  .max(CONTENT_LANGUAGES.length)
  .transform((languages) => [...new Set(languages)]);

export const signUpSchema = z
  .object({
    displayName: displayNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string().min(1),
    languages: translateLanguagesSchema,
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation:passwordsDiffer",
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(SIGN_IN_PASSWORD_MAX),
});
export type SignInInput = z.infer<typeof signInSchema>;
