import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { signInSchema } from "../validation/account-schemas";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./password";

/**
 * Checks e-mail and password. Every failure (malformed input, unknown e-mail, wrong password,
 * disabled account) returns null after about the same work, so callers cannot tell them apart and
 * show one message.
 */
export async function authenticate(
  db: Db,
  credentials: unknown,
): Promise<{ id: number; sessionVersion: number } | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
  if (!user) return verifyAgainstDummy(password).then(() => null);
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid || user.disabled) return null;
  if (needsRehash(user.passwordHash)) {
    // Raise an old hash to today's cost while we hold the plain password; sessions stay valid.
    const passwordHash = await hashPassword(password);
    db.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
  }
  return { id: user.id, sessionVersion: user.sessionVersion };
}
