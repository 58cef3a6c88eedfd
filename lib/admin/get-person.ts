import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { languagesByUser, type UserListing } from "../accounts/list-users";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { personIdSchema } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";

export type Person = UserListing & { updatedAt: Date; isSelf: boolean };

/** One account as an administrator manages it; an unknown id is NotFoundError. */
export function getPerson(db: Db, actor: Actor, rawInput: unknown): Person {
  assertCan(actor, "user:manage");
  const { userId } = parseInput(personIdSchema, rawInput);
  const user = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      disabled: users.disabled,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) throw new NotFoundError("user");
  const languages = languagesByUser(db, [user.id]).get(user.id);
  return {
    ...user,
    translateLanguages: languages?.translate ?? [],
    reviewLanguages: languages?.review ?? [],
    isSelf: user.id === actor.id,
  };
}
