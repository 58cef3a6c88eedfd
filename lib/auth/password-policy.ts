// What a new password must be: 10 to 128 characters and not one of the 10,000 most common
// passwords. No composition rules (they make passwords harder to remember, not to guess: NIST SP
// 800-63B). Server-side only: the list stays out of the browser bundle, which is why the browser's
// schema (lib/validation/account-schemas.ts) checks only the length.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ValidationError } from "../errors";
import { PASSWORD_MAX, PASSWORD_MIN } from "../validation/account-schemas";
import { message, type Message } from "../validation/message";

let common: Set<string> | undefined;

/** Read on first use and then kept: about 80 KB, and most processes never need it. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/auth/data/common-passwords.txt"), "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== ""),
  );
  return common;
}

/** Compared case-insensitively: "Password1234" is as easily guessed as "password1234". */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordPolicyProblem(password: string): Message | null {
  if (password.length < PASSWORD_MIN) return message("validation:tooShort", { count: PASSWORD_MIN });
  if (password.length > PASSWORD_MAX) return message("validation:tooLong", { count: PASSWORD_MAX });
  if (isCommonPassword(password)) return message("validation:commonPassword");
  return null;
}

/** Throws a ValidationError on `field` when the new password breaks the policy. */
export function assertPasswordAllowed(password: string, field: string): void {
  const problem = passwordPolicyProblem(password);
  if (problem) throw new ValidationError({ [field]: problem });
}
