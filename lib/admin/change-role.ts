import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { revokeSessions } from "../auth/session-version";
import { changeRoleSchema } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";
import { keepLastAdmin, managedUser, refuseOwnAccount } from "./managed-user";

/**
 * An administrator gives a person another role. Every session of that person ends, so the new role
 * (more or fewer rights) applies from their next request, after they sign in again.
 */
export function changeRole(db: Db, actor: Actor, rawInput: unknown): { changed: boolean; role: Role } {
  return writeTransaction(db, (tx) => {
    assertCan(actor, "user:manage");
    const input = parseInput(changeRoleSchema, rawInput);
    const user = managedUser(tx, input.userId);
    refuseOwnAccount(actor, user, "admin:errors.ownRole");
    if (user.role === input.role) return { changed: false, role: user.role };
    if (input.role !== "admin") keepLastAdmin(tx, user, "admin:errors.lastAdminRole");
    tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    revokeSessions(tx, user.id);
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.role_changed",
      subjectType: "user",
      subjectId: user.id,
      data: { from: user.role, to: input.role },
    });
    return { changed: true, role: input.role };
  });
}
