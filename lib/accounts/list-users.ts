import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { userLanguages, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { ADMIN_PAGE_SIZE, peopleQuerySchema, type PeopleQuery } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";
import { searchFold } from "../text/search-fold";

export type UserListing = {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  translateLanguages: string[];
  reviewLanguages: string[];
};

export type UserPage = {
  people: UserListing[];
  /** People matching the search and filters, on every page. */
  matching: number;
  page: number;
  pageCount: number;
  query: PeopleQuery;
};

// "Ángela" between "Alba" and "Bruno", not after "Zoe" as SQLite's byte order would put her.
const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The languages of some users, by user id and skill. */
export function languagesByUser(db: Db, userIds: number[]): Map<number, { translate: string[]; review: string[] }> {
  const byUser = new Map(userIds.map((id) => [id, { translate: [] as string[], review: [] as string[] }]));
  if (userIds.length === 0) return byUser;
  const rows = db
    .select()
    .from(userLanguages)
    .where(inArray(userLanguages.userId, userIds))
    .orderBy(asc(userLanguages.language))
    .all();
  for (const row of rows) byUser.get(row.userId)?.[row.skill].push(row.language);
  return byUser;
}

/**
 * Accounts for administrators, 50 a page: a search by name or e-mail (a substring, in any case),
 * and filters by role and by status. Never selects the password hash.
 */
export function listUsers(db: Db, actor: Actor, rawQuery: unknown = {}): UserPage {
  assertCan(actor, "user:manage");
  const query = parseInput(peopleQuerySchema, rawQuery);
  const conditions: SQL[] = [];
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.status) conditions.push(eq(users.disabled, query.status === "disabled"));
  const candidates = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      disabled: users.disabled,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.id))
    .all();
  const needle = query.q ? searchFold(query.q) : "";
  const matching = (
    needle
      ? candidates.filter(
          (user) => searchFold(user.displayName).includes(needle) || searchFold(user.email).includes(needle),
        )
      : candidates
  ).sort((a, b) => byName.compare(a.displayName, b.displayName) || a.id - b.id);

  const pageCount = Math.max(1, Math.ceil(matching.length / ADMIN_PAGE_SIZE));
  // An address past the last page (people were disabled or removed since) shows the last one.
  const page = Math.min(query.page, pageCount);
  const shown = matching.slice((page - 1) * ADMIN_PAGE_SIZE, page * ADMIN_PAGE_SIZE);
  const languages = languagesByUser(
    db,
    shown.map((user) => user.id),
  );
  return {
    people: shown.map((user) => ({
      ...user,
      translateLanguages: languages.get(user.id)?.translate ?? [],
      reviewLanguages: languages.get(user.id)?.review ?? [],
    })),
    matching: matching.length,
    page,
    pageCount,
    query: { ...query, page },
  };
}

/** Number of accounts, for the administrator's dashboard. */
export function countUsers(db: Db, actor: Actor): number {
  assertCan(actor, "user:manage");
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(users)
      .get()?.count ?? 0
  );
}
