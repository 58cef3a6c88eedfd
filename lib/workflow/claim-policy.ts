import type { Db, Tx } from "@/db/client";
import { readSettings } from "../admin/settings";

/** How long claims last and how many one volunteer may hold: set by administrators, read per call. */
export type ClaimPolicy = { maxActiveClaims: number; defaultDays: number; maxDays: number };

/**
 * The most days one claim, or its one extension, may ask for: a forgotten job always comes back to
 * the pool, after 60 days at the very most.
 */
export const CLAIM_MAX_DAYS = 30;

/**
 * The policy in force: the administrators' settings (lib/admin/settings.ts), or the environment's
 * defaults. Read inside the claiming transaction, so a changed limit applies to the very next claim.
 */
export function claimPolicy(db: Db | Tx): ClaimPolicy {
  const { maxActiveClaims, claimDays } = readSettings(db);
  return {
    maxActiveClaims,
    // The hard ceiling holds whatever is stored.
    defaultDays: Math.min(claimDays, CLAIM_MAX_DAYS),
    maxDays: CLAIM_MAX_DAYS,
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** After a source update, finished work waits this long for its last translator before anyone may claim it. */
export const RESERVATION_DAYS = 3;
