import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { recordRateLimitHit } from "@/lib/auth/rate-limit";
import { ValidationError } from "@/lib/errors";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const t0 = new Date("2030-01-01T08:00:00Z");
const MINUTE = 60_000;
let counter = 0;
const form = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    displayName: `Volunteer ${counter}`,
    email: `volunteer${counter}@example.org`,
    password: "a long enough password",
    confirmPassword: "a long enough password",
    languages: ["es"],
    ...overrides,
  };
};
const userCount = () =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .get()!.n;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
}

describe("sign-up limits", () => {
  it("refuses the 21st sign-up from one address within an hour, naming the wait, and creates nothing", async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < 19; i++) recordRateLimitHit(db, `sign-up:ip:${ip}`, t0);
    const twentieth = await signUp(db, form(), { ip, now: new Date(t0.getTime() + 10 * MINUTE) });
    expect(db.select().from(users).where(eq(users.id, twentieth.id)).get()).toBeDefined();
    const before = userCount();
    const fields = await refusal(signUp(db, form(), { ip, now: new Date(t0.getTime() + 15 * MINUTE) }));
    // The first 19 leave the window at 60 min: 45 minutes from now.
    expect(fields).toEqual({ form: { key: "auth:signUp.rateLimited", values: { count: 45 } } });
    expect(userCount()).toBe(before);
    // Other addresses are not held back, and this one may sign up again once the hour has passed.
    await signUp(db, form(), { ip: "198.51.100.50", now: new Date(t0.getTime() + 15 * MINUTE) });
    await signUp(db, form(), { ip, now: new Date(t0.getTime() + 60 * MINUTE) });
    expect(userCount()).toBe(before + 2);
  });

  it("does not count a form refused for its fields", async () => {
    const ip = "203.0.113.51";
    for (let i = 0; i < 19; i++) recordRateLimitHit(db, `sign-up:ip:${ip}`, t0);
    await refusal(signUp(db, form({ confirmPassword: "something else" }), { ip, now: t0 }));
    await refusal(signUp(db, form({ password: "Password123", confirmPassword: "Password123" }), { ip, now: t0 }));
    await signUp(db, form(), { ip, now: t0 });
  });

  it("refuses one of the most common passwords, in any case", async () => {
    for (const password of ["password123", "PASSWORD123", "Basketball"]) {
      const fields = await refusal(signUp(db, form({ password, confirmPassword: password })));
      expect(fields).toEqual({ password: { key: "validation:commonPassword" } });
    }
  });
});
