import { and, eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation/parse-input";
import { setPublicProfileSchema } from "../validation/profile-schemas";

/**
 * The signed-in user makes their volunteer profile (/<lng>/volunteers/<id>: name, languages, words,
 * published translations) public, or private again. Only their own: showing someone's name and
 * work to the world is that person's choice, so not even an administrator makes it for them, and
 * another id answers "not found" like any account one may not see.
 */
export function setPublicProfile(db: Db, actor: Actor, rawInput: unknown): { publicProfile: boolean } {
  const input = parseInput(setPublicProfileSchema, rawInput);
  const publicProfile = input.visibility === "public";
  return writeTransaction(db, (tx) => {
    if (input.userId !== actor.id) throw new NotFoundError("user");
    const current = tx
      .select({ publicProfile: users.publicProfile })
      .from(users)
      .where(and(eq(users.id, actor.id), eq(users.disabled, false)))
      .get();
    if (!current) throw new NotFoundError("user");
    // Saving the same choice again changes nothing and leaves nothing to audit.
    if (current.publicProfile === publicProfile) return { publicProfile };
    tx.update(users).set({ publicProfile, updatedAt: new Date() }).where(eq(users.id, actor.id)).run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: publicProfile ? "user.profile_made_public" : "user.profile_made_private",
      subjectType: "user",
      // The action names the new state; a before/after pair of booleans would say nothing more.
      subjectId: actor.id,
    });
    return { publicProfile };
  });
}
