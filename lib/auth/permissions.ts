// Permissions as data: one table of (role, action, scope) that every use-case checks inside its
// transaction, and that the permission matrix test (tests/unit/permission-matrix.test.ts) reads too.
// A role missing from an action's row may not do it at all; a scope narrows it to some objects.
import type { Role } from "@/db/enums";
import { NotFoundError } from "../errors";
import type { Actor } from "./actor";

/**
 * Scopes narrow an allowed action to some objects:
 * - `any`: every object;
 * - `translate-language`: objects whose target language the actor translates into;
 * - `review-language`: objects whose target language the actor reviews;
 * - `assignee`: objects assigned to the actor (a job they claimed);
 * - `own`: objects that belong to the actor (their personal access tokens).
 */
export type Scope = "any" | "translate-language" | "review-language" | "assignee" | "own";

type Row = Partial<Record<Role, Scope>>;

const everyone = (scope: Scope): Row => ({ volunteer: scope, reviewer: scope, editor: scope, admin: scope });
const reviewers = (scope: Scope): Row => ({ reviewer: scope, editor: scope, admin: scope });
const editors: Row = { editor: "any", admin: "any" };
const admins: Row = { admin: "any" };

export const PERMISSIONS = {
  /** The catalogue of open jobs: only jobs into one's translation languages. */
  "job:list-open": everyone("translate-language"),
  "job:list-review": reviewers("review-language"),
  /** See an open job of one's languages, and claim it. */
  "job:claim": everyone("translate-language"),
  /** Translate, extend, release and submit a job one has claimed. */
  "job:translate": everyone("assignee"),
  /** Read a job in one's review languages. */
  "job:read-review": reviewers("review-language"),
  /** Take a submitted job in one's review languages and approve, edit or reject its segments. */
  "job:review": reviewers("review-language"),
  /** Import, update and open articles for languages; read every job. */
  "article:manage": editors,
  /** Publish, unpublish and republish approved translations. */
  "article:publish": editors,
  /** Add, edit, delete, import and export the glossary of any language pair. */
  "glossary:manage": editors,
  // Import and export of the translation memory (TMX): reference data of every pair.
  "memory:manage": editors,
  /** Find people, change their role and languages, disable and enable them. */
  "user:manage": admins,
  /** Claim limits and durations, the languages articles may be opened for. */
  "settings:manage": admins,
  "audit:read": admins,
  /** Community figures: volunteers active per month, words per language pair, claim-to-publish times. */
  "insights:view": admins,
  /** Create, list and revoke one's own personal access tokens for the JSON API (/api/v1). */
  "api-token:manage": everyone("own"),
} as const satisfies Record<string, Row>;

export type Action = keyof typeof PERMISSIONS;

export type Permission = { role: Role; action: Action; scope: Scope };

/** The table as rows, for the administrators' page and the tests. */
export function permissionRows(): Permission[] {
  return (Object.entries(PERMISSIONS) as [Action, Row][]).flatMap(([action, row]) =>
    (Object.entries(row) as [Role, Scope][]).map(([role, scope]) => ({ role, action, scope })),
  );
}

/** The scope within which `role` may do `action`, or null when it may not at all. */
export function scopeOf(role: Role, action: Action): Scope | null {
  const row: Row = PERMISSIONS[action];
  return row[role] ?? null;
}

/**
 * What a scoped action is done to: its language, whom it is assigned to, whom it belongs to. A
 * language-scoped action on a target without a language (a token) is refused.
 */
export type Target = { language?: string; assigneeId?: number | null; ownerId?: number | null };

/**
 * Whether the actor may do `action` (on `target`, for scoped actions). Without a target, a scoped
 * action answers whether the actor may do it to some object (e.g. whether to show a menu).
 */
export function can(actor: Actor, action: Action, target?: Target): boolean {
  const scope = scopeOf(actor.role, action);
  switch (scope) {
    case null:
      return false;
    case "any":
      return true;
    case "translate-language":
      return (
        target === undefined || (target.language !== undefined && actor.translateLanguages.includes(target.language))
      );
    case "review-language":
      return target === undefined || (target.language !== undefined && actor.reviewLanguages.includes(target.language));
    case "assignee":
      return target === undefined || target.assigneeId === actor.id;
    case "own":
      return target === undefined || target.ownerId === actor.id;
  }
}

/** Throws NotFoundError when the actor may not: what a user may not act on, they may not see. */
export function assertCan(actor: Actor, action: Action, target?: Target): void {
  if (!can(actor, action, target)) throw new NotFoundError();
}
