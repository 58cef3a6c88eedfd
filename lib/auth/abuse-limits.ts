// Every abuse limit in one place, with the keys their counters live under. Generous enough that a
// person never meets them by accident, tight enough that a script gets nowhere.
import { env } from "../env";
import type { RateLimit } from "./rate-limit";

const MINUTE_MS = 60_000;

/** Failed sign-ins of one account (any e-mail, known or not, so the limit tells nothing about existence). */
export const SIGN_IN_FAILURES_PER_ACCOUNT: RateLimit = { limit: 10, windowMs: 15 * MINUTE_MS };

/**
 * Failed sign-ins from one address. Higher than per account: many volunteers of one school or
 * office share an address behind NAT, and one of them mistyping must not lock out the rest.
 */
export const SIGN_IN_FAILURES_PER_ADDRESS: RateLimit = { limit: 100, windowMs: 15 * MINUTE_MS };

/** Sign-up attempts that reach the password hashing (valid forms) from one address. */
export const SIGN_UPS_PER_ADDRESS: RateLimit = { limit: 20, windowMs: 60 * MINUTE_MS };

/** Default segment saves per user per minute: one save per pause in typing stays far below it. */
export const DEFAULT_SAVES_PER_MINUTE = 240;

/** Segment saves per user; TANDEM_SAVES_PER_MINUTE raises it for the save benchmark. */
export function segmentSaveLimit(): RateLimit {
  return { limit: env().TANDEM_SAVES_PER_MINUTE ?? DEFAULT_SAVES_PER_MINUTE, windowMs: MINUTE_MS };
}

export const rateLimitKeys = {
  signInAccount: (email: string) => `sign-in:account:${email.toLowerCase()}`,
  signInAddress: (address: string) => `sign-in:ip:${address}`,
  signUpAddress: (address: string) => `sign-up:ip:${address}`,
};
