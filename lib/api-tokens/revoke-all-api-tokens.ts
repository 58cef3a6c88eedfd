import { and, eq, gt, isNull, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";

/** Why every token of an account was revoked at once; recorded with the audit event. */
export type RevokeAllReason = "password_changed" | "signed_out_everywhere" | "account_disabled";

/**
 * Revokes every working token of a user, inside the caller's transaction: a changed password, a
 * "sign out everywhere" or a disabled account ends API access too. Those are what a person does
 * after losing control of their account, and a token left working would be the one door still open
 * without anyone seeing it. Returns how many tokens were revoked; records an event when any were.
 */
export function revokeAllApiTokens(
  tx: Tx,
  { userId, actorId, reason }: { userId: number; actorId: number | null; reason: RevokeAllReason },
  now: Date = new Date(),
): number {
  const revoked = tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(apiTokens.userId, userId),
        isNull(apiTokens.revokedAt),
        // An expired token keeps showing as expired: it was not working anyway.
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .run().changes;
  if (revoked > 0) {
    recordAuditEvent(tx, {
      actorId,
      action: "api_token.all_revoked",
      subjectType: "user",
      subjectId: userId,
      data: { count: revoked, reason },
    });
  }
  return revoked;
}
