import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { revokeSessions } from "../auth/session-version";
import { setUserDisabledSchema } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";
import { keepLastAdmin, managedUser, refuseOwnAccount } from "./managed-user";
import { revokeAllApiTokens } from "../api-tokens/revoke-all-api-tokens";

const status = (disabled: boolean) => (disabled ? "disabled" : "active");

/**
 * An administrator disables an account (every session ends at once, and signing in is refused) or
 * enables it again. The person's work, claims and history stay as they are.
 */
export function setUserDisabled(db: Db, actor: Actor, rawInput: unknown): { changed: boolean; disabled: boolean } {
  return writeTransaction(db, (tx) => {
    assertCan(actor, "user:manage");
    const input = parseInput(setUserDisabledSchema, rawInput);
    const user = managedUser(tx, input.userId);
    if (input.disabled) refuseOwnAccount(actor, user, "admin:errors.disableSelf");
    if (user.disabled === input.disabled) return { changed: false, disabled: user.disabled };
    if (input.disabled) keepLastAdmin(tx, user, "admin:errors.lastAdminDisable");
    tx.update(users).set({ disabled: input.disabled, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    if (input.disabled) {
      revokeSessions(tx, user.id);
      // Enabling the account again must not bring old tokens back.
      revokeAllApiTokens(tx, { userId: user.id, actorId: actor.id, reason: "account_disabled" });
    }
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: user.id,
      data: { from: status(user.disabled), to: status(input.disabled) },
    });
    return { changed: true, disabled: input.disabled };
  });
}
