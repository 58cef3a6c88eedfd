import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { buildAuthOptions, sessionLifetimeFromDays } from "@/lib/auth/auth-options";
import { SessionRevokedError } from "@/lib/auth/session-version";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const DAY = 24 * 60 * 60;
let clock = 1_900_000_000;
const options = buildAuthOptions({
  db: () => db,
  secret: "x".repeat(32),
  lifetime: sessionLifetimeFromDays(7, 30),
  now: () => clock,
});
const jwt = options.callbacks!.jwt!;

async function signIn(): Promise<JWT> {
  const user = await makeUser(db);
  return (await jwt({ token: {}, user: { id: String(user.id), sessionVersion: 1 }, account: null } as never)) as JWT;
}
const read = async (token: JWT) => jwt({ token, account: null } as never);

describe("session lifetimes", () => {
  it("gives the token the idle timeout as its own expiry, so an unused session ends after 7 days", () => {
    expect(options.session?.maxAge).toBe(7 * DAY);
  });

  it("records when the user signed in, and keeps the session through a month of daily use", async () => {
    const token = await signIn();
    expect(token.at).toBe(clock);
    const signedInAt = clock;
    for (let day = 1; day < 30; day++) {
      clock = signedInAt + day * DAY;
      await expect(read(token)).resolves.toEqual(token);
    }
  });

  it("ends a session 30 days after sign-in however active it is", async () => {
    const token = await signIn();
    clock += 30 * DAY;
    await expect(read(token)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  it("refuses a token that carries no sign-in time (issued before lifetimes existed)", async () => {
    const token = await signIn();
    const { at: _at, ...withoutTime } = token;
    await expect(read(withoutTime)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  it("reads both limits from days, so operators can set them in the environment", () => {
    expect(sessionLifetimeFromDays(0.5, 2)).toEqual({ idleSeconds: 12 * 60 * 60, maxSeconds: 2 * DAY });
    const short = buildAuthOptions({ db: () => db, secret: "x".repeat(32), lifetime: sessionLifetimeFromDays(7, 1) });
    expect(short.session?.maxAge).toBe(DAY);
  });
});
