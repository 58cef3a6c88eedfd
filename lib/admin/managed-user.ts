// What every change to a person's account checks first: that the person exists, that administrators
// do not lock themselves out, and that the last administrator stays one.
import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ForbiddenError, NotFoundError, WorkflowError } from "../errors";
import { message } from "../validation/message";

export type ManagedUser = { id: number; displayName: string; role: Role; disabled: boolean };

/** The person an administrator acts on, or NotFoundError for an unknown id. */
export function managedUser(tx: Tx, userId: number): ManagedUser {
  const user = tx
    .select({ id: users.id, displayName: users.displayName, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) throw new NotFoundError("user");
  return user;
}

/** An administrator may not do this to their own account (change their role, disable it). */
export function refuseOwnAccount(actor: Actor, user: ManagedUser, key: string): void {
  if (user.id === actor.id) throw new ForbiddenError(message(key));
}

/**
 * Refuses to take the last enabled administrator away (demoting or disabling them): someone must
 * always be able to manage people. Counted inside the transaction, so two administrators demoting
 * each other at the same moment cannot both succeed.
 */
export function keepLastAdmin(tx: Tx, user: ManagedUser, key: string): void {
  if (user.role !== "admin" || user.disabled) return;
  const admins =
    tx
      .select({ count: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
      .get()?.count ?? 0;
  if (admins <= 1) throw new WorkflowError(message(key));
}
