import { ROLES, type Role } from "@/db/enums";
import type { Actor } from "../auth/actor";
import { assertCan, PERMISSIONS, scopeOf, type Action, type Scope } from "../auth/permissions";

export type PermissionMatrix = {
  roles: readonly Role[];
  /** One row per action, in the table's order: the scope of each role, or null where it may not. */
  rows: { action: Action; scopes: Record<Role, Scope | null> }[];
};

/** The permissions table, read-only, for administrators: who may do what, and within which scope. */
export function permissionMatrix(actor: Actor): PermissionMatrix {
  assertCan(actor, "settings:manage");
  const rows = (Object.keys(PERMISSIONS) as Action[]).map((action) => ({
    action,
    scopes: Object.fromEntries(ROLES.map((role) => [role, scopeOf(role, action)])) as Record<Role, Scope | null>,
  }));
  return { roles: ROLES, rows };
}
