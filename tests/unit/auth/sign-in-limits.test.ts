import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import { authenticate } from "@/lib/auth/authenticate";
import type * as PasswordModule from "@/lib/auth/password";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordRateLimitHit } from "@/lib/auth/rate-limit";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";

// The real functions, watched: a refused sign-in must not have run scrypt at all.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof PasswordModule>();
  return {
    ...actual,
    verifyPassword: vi.fn(actual.verifyPassword),
    verifyAgainstDummy: vi.fn(actual.verifyAgainstDummy),
  };
});

const db = createTestDb();
const PASSWORD = "right password here";
const MINUTE = 60_000;
const t0 = new Date("2030-01-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const scryptRuns = () => vi.mocked(verifyPassword).mock.calls.length + vi.mocked(verifyAgainstDummy).mock.calls.length;

beforeEach(() => {
  vi.mocked(verifyPassword).mockClear();
  vi.mocked(verifyAgainstDummy).mockClear();
});

async function failTimes(email: string, times: number, ip: string | null = null, start = 0) {
  for (let i = 0; i < times; i++) {
    expect(await authenticate(db, { email, password: "wrong password" }, { ip, now: at(start + i * 1000) })).toBeNull();
  }
}

describe("sign-in failure limits", () => {
  it("refuses the 11th wrong password within 15 minutes without hashing, and says how long to wait", async () => {
    const user = await makeUser(db, { password: PASSWORD });
    await failTimes(user.email, 10);
    expect(scryptRuns()).toBe(10);
    const refused = await authenticate(
      db,
      { email: user.email, password: "wrong password" },
      { ip: null, now: at(MINUTE) },
    );
    // The first failure (at 0 s) leaves the window at 15 min: 14 minutes from now.
    expect(refused).toEqual({ rateLimited: true, retryAfterSeconds: 14 * 60 });
    expect(scryptRuns()).toBe(10);
  });

  it("locks the account for the window: even the right password is refused until it has passed", async () => {
    const user = await makeUser(db, { password: PASSWORD });
    await failTimes(user.email, 10);
    const early = await authenticate(db, { email: user.email, password: PASSWORD }, { ip: null, now: at(10 * MINUTE) });
    expect(early).toEqual({ rateLimited: true, retryAfterSeconds: 5 * 60 });
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(10);
    const later = await authenticate(db, { email: user.email, password: PASSWORD }, { ip: null, now: at(15 * MINUTE) });
    expect(later).toEqual({ id: user.id, sessionVersion: 1 });
  });

  it("limits unknown addresses too, so the limit does not tell which e-mails have accounts", async () => {
    await failTimes("nobody-here@example.org", 10);
    const refused = await authenticate(
      db,
      { email: "NOBODY-here@example.org", password: "x" },
      { ip: null, now: at(MINUTE) },
    );
    expect(refused).toMatchObject({ rateLimited: true });
  });

  it("clears the account's failures when the right password is given", async () => {
    const user = await makeUser(db, { password: PASSWORD });
    await failTimes(user.email, 9);
    expect(
      await authenticate(db, { email: user.email, password: PASSWORD }, { ip: null, now: at(10_000) }),
    ).toMatchObject({
      id: user.id,
    });
    // Nine more failures: 18 in the window had the success not cleared the first nine.
    await failTimes(user.email, 9, null, 20_000);
    expect(
      await authenticate(db, { email: user.email, password: PASSWORD }, { ip: null, now: at(40_000) }),
    ).toMatchObject({
      id: user.id,
    });
  });

  it("limits failures per address at 100, counting neither successes nor other addresses", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < 97; i++) recordRateLimitHit(db, `sign-in:ip:${ip}`, t0);
    const first = await makeUser(db, { password: PASSWORD });
    const second = await makeUser(db, { password: PASSWORD });
    const third = await makeUser(db, { password: PASSWORD });
    await failTimes(first.email, 2, ip); // 99 failures from this address
    // A success counts nothing and clears only its account's failures, not the address's.
    expect(await authenticate(db, { email: first.email, password: PASSWORD }, { ip, now: at(5000) })).toMatchObject({
      id: first.id,
    });
    await failTimes(second.email, 1, ip, 6000); // the 100th
    vi.mocked(verifyPassword).mockClear();
    const refused = await authenticate(db, { email: third.email, password: PASSWORD }, { ip, now: at(MINUTE) });
    expect(refused).toEqual({ rateLimited: true, retryAfterSeconds: 14 * 60 });
    expect(vi.mocked(verifyPassword)).not.toHaveBeenCalled();
    // The same account signs in from another address.
    expect(
      await authenticate(db, { email: third.email, password: PASSWORD }, { ip: "198.51.100.1", now: at(MINUTE) }),
    ).toMatchObject({ id: third.id });
  });

  it("makes next-auth report the wait as 'rate-limited:<seconds>', reading the address from the proxy headers", async () => {
    const options = buildAuthOptions({ db: () => db, secret: "x".repeat(32) });
    const authorize = (
      options.providers[0] as unknown as {
        options: { authorize: (credentials: unknown, req: unknown) => Promise<unknown> };
      }
    ).options.authorize;
    const user = await makeUser(db, { password: PASSWORD });
    const credentials = { email: user.email, password: PASSWORD };
    for (let i = 0; i < 100; i++) {
      recordRateLimitHit(db, "sign-in:ip:192.0.2.10", new Date());
      recordRateLimitHit(db, "sign-in:ip:192.0.2.20", new Date());
    }
    // The first hop of x-forwarded-for is the client; later hops are proxies.
    await expect(authorize(credentials, { headers: { "x-forwarded-for": "192.0.2.10, 10.0.0.1" } })).rejects.toThrow(
      /^rate-limited:(89\d|900)$/,
    );
    await expect(authorize(credentials, { headers: { "x-real-ip": "192.0.2.20" } })).rejects.toThrow(/^rate-limited:/);
    await expect(authorize(credentials, { headers: { "x-forwarded-for": "192.0.2.30" } })).resolves.toMatchObject({
      id: String(user.id),
    });
    await expect(authorize({ email: user.email, password: "wrong password" }, { headers: {} })).resolves.toBeNull();
  });
});
