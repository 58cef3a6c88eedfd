import { asc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { userLanguages, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";

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

/** Every account for administrators. Never selects the password hash. */
export function listUsers(db: Db, actor: Actor): UserListing[] {
  assertCan(actor, "user:manage");
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      disabled: users.disabled,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.displayName), asc(users.id))
    .all();
  const languages = db.select().from(userLanguages).orderBy(asc(userLanguages.language)).all();
  return rows.map((user) => {
    const mine = languages.filter((row) => row.userId === user.id);
    return {
      ...user,
      translateLanguages: mine.filter((row) => row.skill === "translate").map((row) => row.language),
      reviewLanguages: mine.filter((row) => row.skill === "review").map((row) => row.language),
    };
  });
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
