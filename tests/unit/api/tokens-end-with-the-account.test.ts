import { describe, expect, it } from "vitest";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { changePassword } from "@/lib/accounts/change-password";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-token";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";
import { tokenFor } from "./support";

// What a person does after losing control of an account ends their API tokens too: a working
// token would be the one door left open, unseen.
describe("personal access tokens end with the account's other ways in", () => {
  it("on a password change", async () => {
    const db = createTestDb();
    const user = await makeUser(db, { password: "old enough password" });
    const token = tokenFor(db, user, "write");
    expect(authenticateApiToken(db, `Bearer ${token}`).ok).toBe(true);
    await changePassword(db, user, {
      currentPassword: "old enough password",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });
    expect(authenticateApiToken(db, `Bearer ${token}`)).toEqual({ ok: false, reason: "revoked" });
  });

  it("on signing out everywhere", async () => {
    const db = createTestDb();
    const user = await makeUser(db);
    const token = tokenFor(db, user);
    signOutEverywhere(db, user);
    expect(authenticateApiToken(db, `Bearer ${token}`)).toEqual({ ok: false, reason: "revoked" });
  });

  it("when an administrator disables the account, and stay ended when it is enabled again", async () => {
    const db = createTestDb();
    const admin = await makeUser(db, { role: "admin" });
    const user = await makeUser(db);
    const token = tokenFor(db, user);
    setUserDisabled(db, admin, { userId: user.id, disabled: true });
    setUserDisabled(db, admin, { userId: user.id, disabled: false });
    expect(authenticateApiToken(db, `Bearer ${token}`)).toEqual({ ok: false, reason: "revoked" });
  });
});
