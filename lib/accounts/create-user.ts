import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import type { LanguageSkill, Role } from "@/db/enums";
import { userLanguages, users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { hashPassword } from "../auth/password";
import { ValidationError } from "../errors";
import { message } from "../validation/message";

export type NewAccount = {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  translateLanguages: readonly string[];
  reviewLanguages?: readonly string[];
};

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE";
}

/**
 * Creates a user with their languages. Input must already be validated and normalized (the
 * callers parse it with lib/validation/account-schemas). A taken e-mail is a ValidationError.
 */
export async function createUser(
  db: Db,
  account: NewAccount,
  audit: { actorId: number | null; action: string },
): Promise<{ id: number }> {
  // Hash before the transaction: scrypt is slow and must not hold the write lock.
  const passwordHash = await hashPassword(account.password);
  const emailTaken = () => new ValidationError({ email: message("validation:emailTaken") });
  try {
    return writeTransaction(db, (tx) => {
      const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get();
      if (existing) throw emailTaken();
      const created = tx
        .insert(users)
        .values({
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          role: account.role,
        })
        .returning({ id: users.id })
        .get();
      const skills: [LanguageSkill, readonly string[]][] = [
        ["translate", account.translateLanguages],
        ["review", account.reviewLanguages ?? []],
      ];
      const rows = skills.flatMap(([skill, languages]) =>
        languages.map((language) => ({ userId: created.id, language, skill })),
      );
      if (rows.length > 0) tx.insert(userLanguages).values(rows).run();
      recordAuditEvent(tx, {
        actorId: audit.actorId ?? created.id,
        action: audit.action,
        subjectType: "user",
        subjectId: created.id,
        data: { role: account.role },
      });
      return created;
    });
  } catch (error) {
    // Two sign-ups with one address at the same instant: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
