import { writeTransaction, type Db } from "@/db/client";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { revokeSessions } from "../auth/session-version";
import { revokeAllApiTokens } from "../api-tokens/revoke-all-api-tokens";

/**
 * Ends every session of the signed-in user, this one included, on each one's next request: for a
 * session left open on a shared computer, or a lost phone.
 */
export function signOutEverywhere(db: Db, actor: Actor): void {
  writeTransaction(db, (tx) => {
    revokeSessions(tx, actor.id);
    revokeAllApiTokens(tx, { userId: actor.id, actorId: actor.id, reason: "signed_out_everywhere" });
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.signed_out_everywhere",
      subjectType: "user",
      subjectId: actor.id,
    });
  });
}
