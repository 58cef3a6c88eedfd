import { and, asc, eq } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import type { LanguageSkill } from "@/db/enums";
import { userLanguages, users } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { CONTENT_LANGUAGES } from "../languages";
import { setUserLanguagesSchema } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";
import { managedUser } from "./managed-user";

type Languages = { translate: string[]; review: string[] };

function languagesOf(tx: Tx, userId: number): Languages {
  const rows = tx
    .select({ language: userLanguages.language, skill: userLanguages.skill })
    .from(userLanguages)
    .where(eq(userLanguages.userId, userId))
    .orderBy(asc(userLanguages.language))
    .all();
  // Compared in CONTENT_LANGUAGES order, the order the validated input comes in.
  const withSkill = (skill: LanguageSkill) => {
    const codes = rows.filter((row) => row.skill === skill).map((row) => row.language);
    return [
      ...CONTENT_LANGUAGES.filter((code) => codes.includes(code)),
      ...codes.filter((code) => !CONTENT_LANGUAGES.includes(code as never)),
    ];
  };
  return { translate: withSkill("translate"), review: withSkill("review") };
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((code, index) => code === b[index]);

/**
 * An administrator sets the languages a person translates into and reviews. No session ends: every
 * request loads the person's languages afresh, so the change applies from their next page.
 */
export function setUserLanguages(db: Db, actor: Actor, rawInput: unknown): { changed: boolean } {
  return writeTransaction(db, (tx) => {
    assertCan(actor, "user:manage");
    const input = parseInput(setUserLanguagesSchema, rawInput);
    const user = managedUser(tx, input.userId);
    const before = languagesOf(tx, user.id);
    const after: Languages = { translate: input.translate ?? before.translate, review: input.review ?? before.review };
    if (same(before.translate, after.translate) && same(before.review, after.review)) return { changed: false };

    for (const skill of ["translate", "review"] as const) {
      if (same(before[skill], after[skill])) continue;
      tx.delete(userLanguages)
        .where(and(eq(userLanguages.userId, user.id), eq(userLanguages.skill, skill)))
        .run();
      if (after[skill].length > 0) {
        tx.insert(userLanguages)
          .values(after[skill].map((language) => ({ userId: user.id, language, skill })))
          .run();
      }
    }
    tx.update(users).set({ updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.languages_changed",
      subjectType: "user",
      subjectId: user.id,
      data: { from: before, to: after },
    });
    return { changed: true };
  });
}
