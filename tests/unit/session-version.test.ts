import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/client";
import { users } from "@/db/schema";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import { resolveSession, revokeSessions, SessionRevokedError } from "@/lib/auth/session-version";
import { makeUser } from "./support/factories";
import { createTestDb } from "./support/test-db";

const db = createTestDb();
const options = buildAuthOptions({ db: () => db, secret: "x".repeat(32) });

/** next-auth's JWT callback as it runs when a session cookie is read on a request. */
async function readSession(token: JWT) {
  return options.callbacks!.jwt!({ token, account: null } as never);
}

async function signInToken(password = "correct horse battery") {
  const user = await makeUser(db, { password });
  const authorize = (options.providers[0] as unknown as { options: { authorize: (c: unknown) => Promise<unknown> } })
    .options.authorize;
  const signedIn = await authorize({ email: user.email, password });
  expect(signedIn).not.toBeNull();
  const token = await options.callbacks!.jwt!({ token: {}, user: signedIn, account: null } as never);
  return { user, token: token as JWT };
}

describe("session versions", () => {
  it("accepts a session whose version matches the database, on every read", async () => {
    const { user, token } = await signInToken();
    expect(token).toMatchObject({ uid: user.id, sv: 1 });
    await expect(readSession(token)).resolves.toEqual(token);
    await expect(readSession(token)).resolves.toEqual(token);
    expect(resolveSession(db, { userId: user.id, sessionVersion: 1 })?.id).toBe(user.id);
  });

  it("refuses every existing session on the next request once the version is bumped", async () => {
    const { user, token } = await signInToken();
    writeTransaction(db, (tx) => revokeSessions(tx, user.id));
    await expect(readSession(token)).rejects.toBeInstanceOf(SessionRevokedError);
    expect(resolveSession(db, { userId: user.id, sessionVersion: 1 })).toBeNull();
    // A new sign-in gets the new version and works.
    expect(resolveSession(db, { userId: user.id, sessionVersion: 2 })?.id).toBe(user.id);
  });

  it("refuses the session of a disabled or deleted user", async () => {
    const disabled = await signInToken();
    db.update(users).set({ disabled: true }).where(eq(users.id, disabled.user.id)).run();
    await expect(readSession(disabled.token)).rejects.toBeInstanceOf(SessionRevokedError);

    const deleted = await signInToken();
    db.delete(users).where(eq(users.id, deleted.user.id)).run();
    await expect(readSession(deleted.token)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  it("refuses a token without claims, as a forged or outdated cookie would have", async () => {
    await expect(readSession({ sub: "1" })).rejects.toBeInstanceOf(SessionRevokedError);
  });

  it("puts only the claims in the session, never the user's row", async () => {
    const { user, token } = await signInToken();
    const session = await options.callbacks!.session!({ session: { expires: "x" }, token } as never);
    expect(session).toEqual({ expires: "x", claims: { userId: user.id, sessionVersion: 1 } });
  });
});
