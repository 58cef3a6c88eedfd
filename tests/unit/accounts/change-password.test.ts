import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { authenticate } from "@/lib/auth/authenticate";
import { isSessionCurrent, resolveSession } from "@/lib/auth/session-version";
import { ValidationError } from "@/lib/errors";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const OLD = "the old password";
const NEW = "a brand new passphrase";
const change = (currentPassword: string, newPassword = NEW, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});
const auditActions = (userId: number) =>
  db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, data: auditEvents.data })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, "user"), eq(auditEvents.subjectId, userId)))
    .all()
    .filter((event) => event.action !== "test.user_created");

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
}

describe("changing one's password", () => {
  it("stores the new password, ends every other session and records who did it", async () => {
    const user = await makeUser(db, { password: OLD });
    const oldSession = { userId: user.id, sessionVersion: 1 };
    expect(resolveSession(db, oldSession)).not.toBeNull();

    const { sessionVersion } = await changePassword(db, user, change(OLD));
    expect(sessionVersion).toBe(2);
    expect(resolveSession(db, oldSession)).toBeNull();
    expect(isSessionCurrent(db, { userId: user.id, sessionVersion })).toBe(true);
    expect(await authenticate(db, { email: user.email, password: OLD })).toBeNull();
    expect(await authenticate(db, { email: user.email, password: NEW })).toEqual({ id: user.id, sessionVersion: 2 });
    expect(auditActions(user.id)).toEqual([{ action: "user.password_changed", actorId: user.id, data: {} }]);
  });

  it("refuses a wrong current password, changes nothing, and counts it as a failed sign-in", async () => {
    const user = await makeUser(db, { password: OLD });
    const now = new Date("2030-01-01T08:00:00Z");
    expect(await refusal(changePassword(db, user, change("not my password"), now))).toEqual({
      currentPassword: { key: "auth:wrongCurrentPassword" },
    });
    expect(resolveSession(db, { userId: user.id, sessionVersion: 1 })).not.toBeNull();
    expect(auditActions(user.id)).toEqual([]);
    // Nine failed sign-ins more make ten: the form is refused like sign-in, before checking anything.
    for (let i = 0; i < 9; i++) {
      expect(await authenticate(db, { email: user.email, password: "wrong again" }, { ip: null, now })).toBeNull();
    }
    expect(await refusal(changePassword(db, user, change(OLD), new Date(now.getTime() + 60_000)))).toEqual({
      form: { key: "auth:passwordRateLimited", values: { count: 14 } },
    });
    expect(await authenticate(db, { email: user.email, password: OLD }, { ip: null, now })).toMatchObject({
      rateLimited: true,
    });
  });

  it("refuses a weak or mistyped new password and keeps the old one", async () => {
    const user = await makeUser(db, { password: OLD });
    expect(await refusal(changePassword(db, user, change(OLD, "Password123")))).toEqual({
      newPassword: { key: "validation:commonPassword" },
    });
    expect(await refusal(changePassword(db, user, change(OLD, "short")))).toMatchObject({
      newPassword: { key: "validation:tooShort" },
    });
    expect(await refusal(changePassword(db, user, change(OLD, NEW, "another text")))).toEqual({
      confirmPassword: { key: "validation:passwordsDiffer" },
    });
    expect(await refusal(changePassword(db, user, change("", NEW)))).toMatchObject({
      currentPassword: { key: "validation:required" },
    });
    expect(await authenticate(db, { email: user.email, password: OLD })).toEqual({ id: user.id, sessionVersion: 1 });
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the user, this one included, and records it", async () => {
    const user = await makeUser(db, { password: OLD });
    const other = await makeUser(db, { password: OLD });
    signOutEverywhere(db, user);
    expect(resolveSession(db, { userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(resolveSession(db, { userId: other.id, sessionVersion: 1 })).not.toBeNull();
    expect(auditActions(user.id)).toEqual([{ action: "user.signed_out_everywhere", actorId: user.id, data: {} }]);
    // Signing in again starts a session of the new version; the password is unchanged.
    expect(await authenticate(db, { email: user.email, password: OLD })).toEqual({ id: user.id, sessionVersion: 2 });
  });
});
