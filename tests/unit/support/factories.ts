import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { createUser } from "@/lib/accounts/create-user";
import { loadActor, type Actor } from "@/lib/auth/actor";

let counter = 0;

/** A user with a unique e-mail, returned as the Actor use-cases take. */
export async function makeUser(
  db: Db,
  overrides: { role?: Role; translate?: string[]; review?: string[]; password?: string } = {},
): Promise<Actor> {
  counter += 1;
  const { id } = await createUser(
    db,
    {
      email: `user${counter}-${Date.now()}@example.org`,
      displayName: `Test User ${counter}`,
      password: overrides.password ?? "correct horse battery",
      role: overrides.role ?? "volunteer",
      translateLanguages: overrides.translate ?? ["es"],
      reviewLanguages: overrides.review ?? [],
    },
    { actorId: null, action: "test.user_created" },
  );
  return loadActor(db, id)!;
}
