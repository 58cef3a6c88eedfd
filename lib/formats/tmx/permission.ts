// Who may import and export the translation memory: `memory:manage` in the permissions table
// (editors and administrators).
import type { Actor } from "../../auth/actor";
import { assertCan, can, type Action } from "../../auth/permissions";

export const MANAGE_MEMORY: Action = "memory:manage";

/**
 * The operator at the server's command line: they hold the database file itself, so no role is
 * checked, and the audit log records the work as done by no user.
 */
export const COMMAND_LINE = "command-line";

/** Who runs an import or export: a signed-in user, whose role is checked, or the command line. */
export type TmxOperator = Actor | typeof COMMAND_LINE;

/** Whether a signed-in user may import and export the memory (to refuse an upload before reading it). */
export function mayManageMemory(actor: Actor): boolean {
  return can(actor, MANAGE_MEMORY);
}

/** Throws NotFoundError for a user who may not manage the memory. */
export function assertMayManageMemory(operator: TmxOperator): void {
  if (operator !== COMMAND_LINE) assertCan(operator, MANAGE_MEMORY);
}

/** The user id the audit log records (null for the command line). */
export function operatorId(operator: TmxOperator): number | null {
  return operator === COMMAND_LINE ? null : operator.id;
}
