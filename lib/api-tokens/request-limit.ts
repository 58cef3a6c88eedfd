// Requests per token, counted in memory like segment saves (lib/auth/save-rate-limit.ts): the API
// is a hot path, and a database row per request (lib/auth/rate-limit.ts) would make every read a
// write. Each server process counts its own requests, so with N processes a token may get up to N
// times the limit; a restart forgets the counts. Both only matter to a client already far too busy.
import { createSaveRateLimiter, type SaveRateLimiter } from "../auth/save-rate-limit";
import type { RateLimit } from "../auth/rate-limit";

/** Ten requests a second on average, with bursts: far more than a script syncing a few jobs needs. */
export const API_REQUEST_LIMIT: RateLimit = { limit: 600, windowMs: 60_000 };

// One per process, kept on globalThis so `next dev` module reloads do not reset it.
const globalForLimiter = globalThis as typeof globalThis & { tandemApiLimiter?: SaveRateLimiter };

/** The process's per-token request limiter (keyed by token id). */
export function apiRequestLimiter(): SaveRateLimiter {
  globalForLimiter.tandemApiLimiter ??= createSaveRateLimiter(API_REQUEST_LIMIT);
  return globalForLimiter.tandemApiLimiter;
}
