import { env } from "../env";

/** How long claims last and how many one volunteer may hold: configurable, read once per call. */
export type ClaimPolicy = { maxActiveClaims: number; defaultDays: number; maxDays: number };

/**
 * The most days one claim, or its one extension, may ask for: a forgotten job always comes back to
 * the pool, after 60 days at the very most.
 */
export const CLAIM_MAX_DAYS = 30;

export function claimPolicy(): ClaimPolicy {
  const { TANDEM_MAX_ACTIVE_CLAIMS, TANDEM_CLAIM_DAYS } = env();
  return { maxActiveClaims: TANDEM_MAX_ACTIVE_CLAIMS, defaultDays: TANDEM_CLAIM_DAYS, maxDays: CLAIM_MAX_DAYS };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** After a source update, finished work waits this long for its last translator before anyone may claim it. */
export const RESERVATION_DAYS = 3;
