import { describe, expect, it } from "vitest";
import {
  checkRateLimit,
  clearRateLimit,
  consumeRateLimits,
  forgetRateLimitHit,
  minutesToWait,
  recordRateLimitHit,
} from "@/lib/auth/rate-limit";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const MINUTE = 60_000;
const limit = { limit: 3, windowMs: 10 * MINUTE };
const t0 = new Date("2030-01-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sliding-window rate limit", () => {
  it("allows up to the limit within the window, then says how long until the oldest event leaves it", () => {
    const key = "test:window";
    for (const offset of [0, 2 * MINUTE, 4 * MINUTE]) {
      expect(checkRateLimit(db, key, limit, at(offset))).toEqual({ allowed: true });
      recordRateLimitHit(db, key, at(offset));
    }
    // Oldest at 0 + 10 min window - now (5 min) = 5 min.
    expect(checkRateLimit(db, key, limit, at(5 * MINUTE))).toEqual({ allowed: false, retryAfterMs: 5 * MINUTE });
    expect(checkRateLimit(db, key, limit, at(10 * MINUTE - 1))).toEqual({ allowed: false, retryAfterMs: 1 });
    // The window slides: once the first event is ten minutes old, one more is allowed, not three.
    expect(checkRateLimit(db, key, limit, at(10 * MINUTE))).toEqual({ allowed: true });
    recordRateLimitHit(db, key, at(10 * MINUTE));
    expect(checkRateLimit(db, key, limit, at(10 * MINUTE))).toEqual({ allowed: false, retryAfterMs: 2 * MINUTE });
  });

  it("counts each key on its own", () => {
    for (let i = 0; i < 3; i++) recordRateLimitHit(db, "test:busy", t0);
    expect(checkRateLimit(db, "test:busy", limit, t0).allowed).toBe(false);
    expect(checkRateLimit(db, "test:quiet", limit, t0).allowed).toBe(true);
  });

  it("waits for enough events to leave when a key is over its limit", () => {
    const key = "test:over";
    for (const offset of [0, MINUTE, 2 * MINUTE, 3 * MINUTE, 4 * MINUTE]) recordRateLimitHit(db, key, at(offset));
    // Five events, limit three: room comes when the third oldest (at 2 min) leaves, at 12 min.
    expect(checkRateLimit(db, key, limit, at(5 * MINUTE))).toEqual({ allowed: false, retryAfterMs: 7 * MINUTE });
  });

  it("forgets a key's events when cleared, and a single event when forgiven", () => {
    for (let i = 0; i < 3; i++) recordRateLimitHit(db, "test:clear", at(i));
    forgetRateLimitHit(db, "test:clear", at(2));
    expect(checkRateLimit(db, "test:clear", limit, at(3)).allowed).toBe(true);
    recordRateLimitHit(db, "test:clear", at(3));
    expect(checkRateLimit(db, "test:clear", limit, at(4)).allowed).toBe(false);
    clearRateLimit(db, "test:clear");
    expect(checkRateLimit(db, "test:clear", limit, at(4)).allowed).toBe(true);
  });

  it("consumes several limits together, or none of them when one refuses", () => {
    const both = [
      { key: "test:a", limit: { limit: 2, windowMs: MINUTE } },
      { key: "test:b", limit: { limit: 1, windowMs: 5 * MINUTE } },
    ];
    expect(consumeRateLimits(db, both, t0)).toEqual({ allowed: true });
    // b is full: refused with b's wait, and a is not counted.
    expect(consumeRateLimits(db, both, at(MINUTE / 2))).toEqual({ allowed: false, retryAfterMs: 4.5 * MINUTE });
    expect(consumeRateLimits(db, [both[0]!], at(MINUTE / 2))).toEqual({ allowed: true });
    expect(consumeRateLimits(db, [both[0]!], at(MINUTE / 2))).toMatchObject({ allowed: false });
  });

  it("tells people whole minutes, never zero", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60_000)).toBe(1);
    expect(minutesToWait(60_001)).toBe(2);
    expect(minutesToWait(14 * MINUTE + 30_000)).toBe(15);
  });
});
