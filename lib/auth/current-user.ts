import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { env } from "../env";
import { buildAuthOptions, sessionLifetimeFromDays } from "./auth-options";
import { authSecret } from "./secret";
import { resolveSession } from "./session-version";

let options: ReturnType<typeof buildAuthOptions> | undefined;

/** Built on first use, not at import, so `next build` never reads the secret or opens the database. */
export function authOptions() {
  const { TANDEM_SESSION_IDLE_DAYS, TANDEM_SESSION_MAX_DAYS } = env();
  options ??= buildAuthOptions({
    db: () => getDb(),
    secret: authSecret(),
    lifetime: sessionLifetimeFromDays(TANDEM_SESSION_IDLE_DAYS, TANDEM_SESSION_MAX_DAYS),
  });
  return options;
}

/**
 * The signed-in user, checked against the database on every request (once per request: React's
 * cache), or null. A changed session version, a disabled or deleted user all give null.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.claims) return null;
  return resolveSession(getDb(), session.claims);
});
