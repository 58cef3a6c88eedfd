// Permissions as data: one table that every use-case checks, and that the tests read too.
// An action is allowed for a role at or above its minimum role, within the action's scope.
import { ROLES, type Role } from "@/db/enums";
import { NotFoundError } from "../errors";
import type { Actor } from "./actor";

/**
 * Scopes narrow an allowed action to some objects:
 * - `any`: every object;
 * - `translate-language`: objects whose target language the actor translates into;
 * - `review-language`: objects whose target language the actor reviews;
 * - `assignee`: objects assigned to the actor (a job they claimed).
 */
export type Scope = "any" | "translate-language" | "review-language" | "assignee";

export const PERMISSIONS = {
  "dashboard:view": { minimumRole: "volunteer", scope: "any" },
  "job:list-open": { minimumRole: "volunteer", scope: "translate-language" },
  "job:list-review": { minimumRole: "reviewer", scope: "review-language" },
  /** See an open job of one's languages, and claim it. */
  "job:claim": { minimumRole: "volunteer", scope: "translate-language" },
  /** Translate, extend, release and submit a job one has claimed. */
  "job:translate": { minimumRole: "volunteer", scope: "assignee" },
  /** Read a job in one's review languages. */
  "job:read-review": { minimumRole: "reviewer", scope: "review-language" },
  /** Take a submitted job in one's review languages and approve, edit or reject its segments. */
  "job:review": { minimumRole: "reviewer", scope: "review-language" },
  /** Publish, unpublish and republish approved translations. */
  "article:publish": { minimumRole: "editor", scope: "any" },
  "article:manage": { minimumRole: "editor", scope: "any" },
  /** Add, edit, delete, import and export the glossary of any language pair. */
  "glossary:manage": { minimumRole: "editor", scope: "any" },
  "user:manage": { minimumRole: "admin", scope: "any" },
} as const satisfies Record<string, { minimumRole: Role; scope: Scope }>;

export type Action = keyof typeof PERMISSIONS;

const rank = (role: Role) => ROLES.indexOf(role);

/** What a scoped action is done to: its language, and whom it is assigned to. */
export type Target = { language: string; assigneeId?: number | null };

/** Whether the actor may do `action` (on `target`, for scoped actions). */
export function can(actor: Actor, action: Action, target?: Target): boolean {
  const rule: { minimumRole: Role; scope: Scope } = PERMISSIONS[action];
  if (rank(actor.role) < rank(rule.minimumRole)) return false;
  switch (rule.scope) {
    case "any":
      return true;
    case "translate-language":
      return target === undefined || actor.translateLanguages.includes(target.language);
    case "review-language":
      return target === undefined || actor.reviewLanguages.includes(target.language);
    case "assignee":
      return target === undefined || target.assigneeId === actor.id;
  }
}

/** Throws NotFoundError when the actor may not: what a user may not act on, they may not see. */
export function assertCan(actor: Actor, action: Action, target?: Target): void {
  if (!can(actor, action, target)) throw new NotFoundError();
}
