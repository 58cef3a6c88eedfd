import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import { makeUser } from "./support/factories";
import { createTestDb } from "./support/test-db";

const db = createTestDb();

describe("authenticate", () => {
  it("signs in with the right password, whatever the e-mail's case and spacing", async () => {
    const user = await makeUser(db, { password: "right password here" });
    const result = await authenticate(db, { email: ` ${user.email.toUpperCase()} `, password: "right password here" });
    expect(result).toEqual({ id: user.id, sessionVersion: 1 });
  });

  it("gives the same answer for a wrong password, an unknown e-mail and a disabled account", async () => {
    const user = await makeUser(db, { password: "right password here" });
    const disabled = await makeUser(db, { password: "right password here" });
    db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id)).run();
    expect(await authenticate(db, { email: user.email, password: "wrong password here" })).toBeNull();
    expect(await authenticate(db, { email: "nobody@example.org", password: "right password here" })).toBeNull();
    expect(await authenticate(db, { email: disabled.email, password: "right password here" })).toBeNull();
  });

  it("refuses malformed credentials without touching the database", async () => {
    for (const credentials of [
      null,
      {},
      { email: "not-an-email", password: "x" },
      { email: "a@example.org", password: "" },
    ]) {
      expect(await authenticate(db, credentials)).toBeNull();
    }
  });
});
