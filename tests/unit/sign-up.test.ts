import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, userLanguages, users } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { authenticate } from "@/lib/auth/authenticate";
import { ValidationError } from "@/lib/errors";
import { createTestDb } from "./support/test-db";

const db = createTestDb();
const valid = {
  displayName: "Christopher Clarke",
  email: "Chris@Example.org ",
  password: "a long enough password",
  confirmPassword: "a long enough password",
  languages: ["es", "fr"],
};
const userCount = () =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .get()!.n;

async function refusal(input: Record<string, unknown>): Promise<Record<string, string>> {
  const before = userCount();
  const error = await signUp(db, input).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  expect(userCount()).toBe(before);
  return Object.fromEntries(Object.entries((error as ValidationError).fields).map(([field, msg]) => [field, msg.key]));
}

describe("sign-up", () => {
  it("creates a volunteer with their languages, normalized e-mail and an audit event", async () => {
    const { id, email } = await signUp(db, valid);
    expect(email).toBe("chris@example.org");
    const user = db.select().from(users).where(eq(users.id, id)).get()!;
    expect(user).toMatchObject({ role: "volunteer", displayName: "Christopher Clarke", disabled: false });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    const languages = db.select().from(userLanguages).where(eq(userLanguages.userId, id)).all();
    expect(languages.map((row) => `${row.skill}:${row.language}`).sort()).toEqual(["translate:es", "translate:fr"]);
    expect(db.select().from(auditEvents).where(eq(auditEvents.subjectId, id)).get()?.action).toBe("user.signed_up");
    expect(await authenticate(db, { email: "CHRIS@example.org", password: valid.password })).toMatchObject({ id });
  });

  it("refuses an address that already has an account, whatever its case", async () => {
    expect(await refusal({ ...valid, email: "CHRIS@EXAMPLE.ORG" })).toEqual({ email: "validation:emailTaken" });
  });

  it("refuses an empty form field by field", async () => {
    expect(await refusal({})).toEqual({
      displayName: "validation:required",
      email: "validation:required",
      password: "validation:required",
      confirmPassword: "validation:required",
      languages: "validation:required",
    });
    expect(
      await refusal({ displayName: " ", email: "", password: "", confirmPassword: "", languages: [] }),
    ).toMatchObject({
      displayName: "validation:required",
      email: "validation:required",
      password: "validation:tooShort",
      languages: "validation:chooseAtLeast",
    });
  });

  it.each([
    ["a malformed e-mail", { email: "chris@" }, { email: "validation:invalidEmail" }],
    ["an e-mail over 254 characters", { email: `${"a".repeat(250)}@example.org` }, { email: "validation:tooLong" }],
    ["a 100 KB name", { displayName: "n".repeat(100 * 1024) }, { displayName: "validation:tooLong" }],
    ["a name with control characters", { displayName: "Chris\u0000" }, { displayName: "validation:invalidCharacters" }],
    ["a short password", { password: "short", confirmPassword: "short" }, { password: "validation:tooShort" }],
    [
      "a 129-character password",
      { password: "p".repeat(129), confirmPassword: "p".repeat(129) },
      { password: "validation:tooLong" },
    ],
    [
      "passwords that differ",
      { confirmPassword: "another long password" },
      { confirmPassword: "validation:passwordsDiffer" },
    ],
    ["an unknown language", { languages: ["xx"] }, { languages: "validation:invalidChoice" }],
    ["a file instead of text", { displayName: new Blob(["x"]) }, { displayName: "validation:invalid" }],
  ])("refuses %s and creates nothing", async (_label, change, expected) => {
    expect(await refusal({ ...valid, email: "new@example.org", ...change })).toEqual(expected);
  });

  it("refuses the same address signed up twice at once, creating exactly one account", async () => {
    const input = { ...valid, email: "race@example.org" };
    const results = await Promise.allSettled([signUp(db, input), signUp(db, input)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as ValidationError).fields.email?.key).toBe("validation:emailTaken");
  });
});
