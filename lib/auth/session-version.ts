// Session revocation. Each JWT carries the user's sessionVersion from sign-in time; every request
// compares it with the database, so bumping the number ends every session of that user at once.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { users } from "@/db/schema";
import { loadActor, type Actor } from "./actor";

/** What a session token holds about its user: nothing that could go stale but these two numbers. */
export type SessionClaims = { userId: number; sessionVersion: number };

/** The user a session belongs to, or null when the user is gone, disabled or the session is revoked. */
export function resolveSession(db: Db, claims: SessionClaims): Actor | null {
  const actor = loadActor(db, claims.userId);
  if (!actor || actor.sessionVersion !== claims.sessionVersion) return null;
  const { sessionVersion: _version, ...rest } = actor;
  return rest;
}

/** Whether the session still stands (user enabled, same version): one primary-key read, no languages. */
export function isSessionCurrent(db: Db, claims: SessionClaims): boolean {
  const user = db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.id, claims.userId), eq(users.disabled, false)))
    .get();
  return user?.sessionVersion === claims.sessionVersion;
}

/** Ends all sessions of a user on their next request. Call inside the transaction that changes them. */
export function revokeSessions(tx: Tx, userId: number): void {
  tx.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
}

/** Thrown from the JWT callback for a revoked session; next-auth then clears the cookie. */
export class SessionRevokedError extends Error {
  constructor() {
    super("session revoked");
    this.name = "SessionRevokedError";
  }
}
