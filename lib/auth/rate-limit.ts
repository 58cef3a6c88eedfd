// Sliding-window limits kept in the database (rate_limit_events), so a restart or a deploy does not
// hand an attacker a fresh allowance: each limited event is one row (key, at), and a key is over
// its limit while `limit` of its rows are younger than the window.
import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import { rateLimitEvents } from "@/db/schema";

/** At most `limit` events per `windowMs` milliseconds, counted over a window that slides with time. */
export type RateLimit = { limit: number; windowMs: number };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Rows older than this belong to no window any more (the longest limit is an hour); they are swept
 * for every key now and then, so addresses that never come back do not stay in the table.
 */
const RETENTION_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
let lastSweep = 0;

/**
 * Whether one more event of `key` is allowed at `now`. When it is not, `retryAfterMs` is how long
 * until enough events have left the window: the oldest one's time + window - now when the key is
 * exactly at its limit. Prunes the key's rows that have left the window.
 */
export function checkRateLimit(
  db: Db | Tx,
  key: string,
  { limit, windowMs }: RateLimit,
  now: Date = new Date(),
): RateLimitVerdict {
  const windowStart = new Date(now.getTime() - windowMs);
  db.delete(rateLimitEvents)
    .where(and(eq(rateLimitEvents.key, key), lte(rateLimitEvents.at, windowStart)))
    .run();
  // The limit-th newest event: once it leaves the window, fewer than `limit` remain.
  const blocking = db
    .select({ at: rateLimitEvents.at })
    .from(rateLimitEvents)
    .where(and(eq(rateLimitEvents.key, key), gt(rateLimitEvents.at, windowStart)))
    .orderBy(desc(rateLimitEvents.at))
    .limit(1)
    .offset(Math.max(limit - 1, 0))
    .get();
  if (!blocking) return { allowed: true };
  return { allowed: false, retryAfterMs: Math.max(1, blocking.at.getTime() + windowMs - now.getTime()) };
}

/** Counts one event of `key` at `now`. */
export function recordRateLimitHit(db: Db | Tx, key: string, now: Date = new Date()): void {
  db.insert(rateLimitEvents).values({ key, at: now }).run();
  if (now.getTime() - lastSweep >= SWEEP_EVERY_MS) {
    lastSweep = now.getTime();
    db.delete(rateLimitEvents)
      .where(lte(rateLimitEvents.at, new Date(now.getTime() - RETENTION_MS)))
      .run();
  }
}

/** Forgets one event of `key` counted at `at` (an attempt that turned out to be no failure). */
export function forgetRateLimitHit(db: Db | Tx, key: string, at: Date): void {
  db.run(sql`delete from ${rateLimitEvents} where rowid = (
    select rowid from ${rateLimitEvents}
    where ${rateLimitEvents.key} = ${key} and ${rateLimitEvents.at} = ${at.getTime()} limit 1)`);
}

/** Forgets every event of `key` (a successful sign-in clears its account's failures). */
export function clearRateLimit(db: Db | Tx, key: string): void {
  db.delete(rateLimitEvents).where(eq(rateLimitEvents.key, key)).run();
}

/**
 * Checks every limit and, only when all allow it, counts one event for each, in one immediate
 * transaction. Counting before the slow work (scrypt) rather than after closes the gap a burst of
 * parallel requests would otherwise slip through: each one sees the ones before it. A refusal
 * counts nothing and waits for the slowest of the refusing limits.
 */
export function consumeRateLimits(
  db: Db,
  limits: readonly { key: string; limit: RateLimit }[],
  now: Date = new Date(),
): RateLimitVerdict {
  return writeTransaction(db, (tx) => {
    let retryAfterMs = 0;
    for (const { key, limit } of limits) {
      const verdict = checkRateLimit(tx, key, limit, now);
      if (!verdict.allowed) retryAfterMs = Math.max(retryAfterMs, verdict.retryAfterMs);
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    for (const { key } of limits) recordRateLimitHit(tx, key, now);
    return { allowed: true };
  });
}

/** Whole minutes to tell a person, never "0 minutes". */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
