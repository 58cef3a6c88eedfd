import type { Db } from "@/db/client";
import { expireClaims } from "../workflow/expire-claims";

const SWEEP_EVERY_MS = 60_000;

/**
 * Returns overdue claims to the pool every minute, so a job is back in the catalogue even when no
 * page that would expire it on read is opened. The timer never keeps the process alive.
 */
export function startClaimSweep(db: Db): void {
  const sweep = () => {
    try {
      const expired = expireClaims(db);
      if (expired > 0) console.log(`Tandem: ${expired} overdue claim(s) returned to the pool.`);
    } catch (error) {
      console.error("Tandem: the claim sweep failed; it will try again.", error);
    }
  };
  sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
