// Segment saves per user, counted in memory. Saves are the hot path (one per pause in typing), so
// they get no database write of their own; a restart forgetting the counts lets a script start
// over once, which costs nothing worth a write per save.
import { segmentSaveLimit } from "./abuse-limits";
import type { RateLimit, RateLimitVerdict } from "./rate-limit";

export type SaveRateLimiter = {
  /** Counts one save of `userId` at `now` (epoch ms) when allowed; a refused save counts nothing. */
  take(userId: number, now?: number): RateLimitVerdict;
};

/** A sliding-window log per user: at most `limit` timestamps each, swept once per window. */
export function createSaveRateLimiter({ limit, windowMs }: RateLimit): SaveRateLimiter {
  const hits = new Map<number, number[]>();
  let lastSweep = 0;

  function sweep(now: number) {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [userId, times] of hits) {
      if (times[times.length - 1]! <= now - windowMs) hits.delete(userId);
    }
  }

  return {
    take(userId, now = Date.now()) {
      sweep(now);
      const times = hits.get(userId) ?? [];
      while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
      if (times.length >= limit) {
        // The save whose leaving the window makes room: the oldest when exactly at the limit.
        return { allowed: false, retryAfterMs: Math.max(1, times[times.length - limit]! + windowMs - now) };
      }
      times.push(now);
      hits.set(userId, times);
      return { allowed: true };
    },
  };
}

// One per process, kept on globalThis so `next dev` module reloads do not reset it.
const globalForLimiter = globalThis as typeof globalThis & { tandemSaveLimiter?: SaveRateLimiter };

/** The process's segment-save limiter, built on first use from the configured limit. */
export function segmentSaveLimiter(): SaveRateLimiter {
  globalForLimiter.tandemSaveLimiter ??= createSaveRateLimiter(segmentSaveLimit());
  return globalForLimiter.tandemSaveLimiter;
}
