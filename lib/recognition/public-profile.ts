// The public volunteer profile, /<lng>/volunteers/<id>: readable by anyone, signed in or not, for a
// person who chose to show it.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userLanguages, users } from "@/db/schema";
import { NotFoundError } from "../errors";
import { validate } from "../validation/validate";
import { volunteerProfileSchema } from "../validation/profile-schemas";
import { contributionOf, type LanguagePairFigures } from "./contribution";
import type { HelpedPublication } from "./helped-publish";

export type PublicProfile = {
  id: number;
  name: string;
  /** Their first credited contribution, or when they joined if they have none yet. */
  volunteeringSince: Date;
  /** Languages they translate into, as they chose them. */
  translateLanguages: string[];
  languagePairs: LanguagePairFigures[];
  wordsTranslated: number;
  estimatedHours: number;
  publications: HelpedPublication[];
};

/**
 * The profile of the volunteer in the address (`{ id }` as the route gives it). Unknown, malformed,
 * private and disabled all throw the same NotFoundError, so the page answers the same 404 and
 * nobody learns which accounts exist. Only what the person agreed to show leaves here: no e-mail,
 * no review feedback, no unpublished work by title.
 */
export function getPublicProfile(db: Db, rawInput: unknown): PublicProfile {
  const parsed = validate(volunteerProfileSchema, rawInput);
  if (!parsed.ok) throw new NotFoundError("volunteer");
  const userId = parsed.data.id;
  const user = db
    .select({ id: users.id, name: users.displayName, joinedAt: users.createdAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.publicProfile, true), eq(users.disabled, false)))
    .get();
  if (!user) throw new NotFoundError("volunteer");
  const translateLanguages = db
    .select({ language: userLanguages.language })
    .from(userLanguages)
    .where(and(eq(userLanguages.userId, userId), eq(userLanguages.skill, "translate")))
    .orderBy(asc(userLanguages.language))
    .all()
    .map((row) => row.language);
  const contribution = contributionOf(db, userId);
  return {
    id: user.id,
    name: user.name,
    volunteeringSince: contribution.firstContributionAt ?? user.joinedAt,
    translateLanguages,
    languagePairs: contribution.languagePairs,
    wordsTranslated: contribution.wordsTranslated,
    estimatedHours: contribution.estimatedHours,
    publications: contribution.publications,
  };
}
