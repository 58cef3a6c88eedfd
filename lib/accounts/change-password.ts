import { and, eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import { rateLimitKeys, SIGN_IN_FAILURES_PER_ACCOUNT } from "../auth/abuse-limits";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { assertPasswordAllowed } from "../auth/password-policy";
import { clearRateLimit, consumeRateLimits, minutesToWait } from "../auth/rate-limit";
import { revokeSessions } from "../auth/session-version";
import { NotFoundError, ValidationError } from "../errors";
import { changePasswordSchema } from "../validation/password-change-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { revokeAllApiTokens } from "../api-tokens/revoke-all-api-tokens";

const wrongCurrent = () => new ValidationError({ currentPassword: message("auth:wrongCurrentPassword") });

/**
 * The signed-in user replaces their password. The current one must be given: a session left open
 * on a shared computer is not enough to take the account over. Wrong current passwords count as
 * failed sign-ins of the account, so this form is no way around the sign-in limit. Every session
 * of the user ends (session version bumped in the same transaction); returns the new version so
 * the caller can keep this browser signed in.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  rawInput: unknown,
  now: Date = new Date(),
): Promise<{ sessionVersion: number }> {
  const input = parseInput(changePasswordSchema, rawInput);
  assertPasswordAllowed(input.newPassword, "newPassword");
  const accountKey = rateLimitKeys.signInAccount(actor.email);
  // Counted as a failure before scrypt runs, forgiven below when the password is right.
  const verdict = consumeRateLimits(db, [{ key: accountKey, limit: SIGN_IN_FAILURES_PER_ACCOUNT }], now);
  if (!verdict.allowed) {
    throw new ValidationError({
      form: message("auth:passwordRateLimited", { count: minutesToWait(verdict.retryAfterMs) }),
    });
  }
  const user = db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, actor.id), eq(users.disabled, false)))
    .get();
  if (!user) throw new NotFoundError("user");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw wrongCurrent();
  // Hash before the transaction: scrypt is slow and must not hold the write lock.
  const passwordHash = await hashPassword(input.newPassword);
  return writeTransaction(db, (tx) => {
    clearRateLimit(tx, accountKey);
    // Only over the hash just verified: a change made meanwhile elsewhere makes this one's
    // "current password" stale, and it is refused as wrong rather than silently overwriting.
    const changed = tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(users.id, actor.id), eq(users.passwordHash, user.passwordHash), eq(users.disabled, false)))
      .run();
    if (changed.changes === 0) throw wrongCurrent();
    revokeSessions(tx, actor.id);
    // A token is the one door a lost password would leave open, unseen.
    revokeAllApiTokens(tx, { userId: actor.id, actorId: actor.id, reason: "password_changed" });
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.password_changed",
      subjectType: "user",
      subjectId: actor.id,
    });
    const { sessionVersion } = tx
      .select({ sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, actor.id))
      .get()!;
    return { sessionVersion };
  });
}
