import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { signInSchema } from "../validation/account-schemas";
import { rateLimitKeys, SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ADDRESS } from "./abuse-limits";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./password";
import { clearRateLimit, consumeRateLimits, forgetRateLimitHit } from "./rate-limit";

/** Where a sign-in comes from: the client's address (null when unknown) and, for tests, the time. */
export type SignInContext = { ip: string | null; now?: Date };

export type SignedIn = { id: number; sessionVersion: number };

/** Too many failures for this account or address: nothing was checked; try again after the wait. */
export type SignInRateLimited = { rateLimited: true; retryAfterSeconds: number };

/**
 * Checks e-mail and password. Every failure (malformed input, unknown e-mail, wrong password,
 * disabled account) returns null after about the same work, so callers cannot tell them apart and
 * show one message. Failures count against the account and the address; once either is over its
 * limit, sign-in is refused before any password is hashed, even a correct one, until the window
 * has passed. A success clears the account's failures (not the address's: others share it).
 */
export async function authenticate(
  db: Db,
  credentials: unknown,
  context: SignInContext = { ip: null },
): Promise<SignedIn | SignInRateLimited | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();
  const accountKey = rateLimitKeys.signInAccount(email);
  // Next always supplies an address; only callers outside HTTP (tests, scripts) have none.
  const addressKey = context.ip ? rateLimitKeys.signInAddress(context.ip) : null;
  const limits = [{ key: accountKey, limit: SIGN_IN_FAILURES_PER_ACCOUNT }];
  if (addressKey) limits.push({ key: addressKey, limit: SIGN_IN_FAILURES_PER_ADDRESS });
  // Counted as a failure now, before scrypt, and forgiven below if it succeeds.
  const verdict = consumeRateLimits(db, limits, now);
  if (!verdict.allowed) return { rateLimited: true, retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000) };

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
  writeTransaction(db, (tx) => {
    clearRateLimit(tx, accountKey);
    if (addressKey) forgetRateLimitHit(tx, addressKey, now);
  });
  if (needsRehash(user.passwordHash)) {
    // Raise an old hash to today's cost while we hold the plain password; sessions stay valid.
    const passwordHash = await hashPassword(password);
    db.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
  }
  return { id: user.id, sessionVersion: user.sessionVersion };
}
