import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { userLanguages, users } from "@/db/schema";

/** The signed-in user as every use-case sees them: who they are, their role and their languages. */
export type Actor = {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  translateLanguages: string[];
  reviewLanguages: string[];
  /** The UI language of their latest page (for e-mail); absent where an Actor is built by hand. */
  uiLanguage?: string | null;
};

/** An enabled user as an Actor, or null when the user is unknown or disabled. */
export function loadActor(db: Db, userId: number): (Actor & { sessionVersion: number }) | null {
  const user = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      sessionVersion: users.sessionVersion,
      uiLanguage: users.uiLanguage,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false)))
    .get();
  if (!user) return null;
  const languages = db
    .select({ language: userLanguages.language, skill: userLanguages.skill })
    .from(userLanguages)
    .where(eq(userLanguages.userId, userId))
    .orderBy(userLanguages.language)
    .all();
  const withSkill = (skill: string) => languages.filter((row) => row.skill === skill).map((row) => row.language);
  return { ...user, translateLanguages: withSkill("translate"), reviewLanguages: withSkill("review") };
}
