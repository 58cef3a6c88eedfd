import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { glossaryTerms } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { updateGlossaryTermSchema } from "../validation/glossary-schemas";
import { parseInput } from "../validation/parse-input";
import { changedFields } from "./changed-fields";
import { glossaryEntry, type GlossaryEntry } from "./entry";
import { duplicateTermError, pairTermIndex } from "./term-conflict";

/**
 * An editor changes a term's text, translation, notes or flags; its language pair stays. Saving
 * without a change writes nothing. A new text that another term of the pair has is refused.
 */
export function updateGlossaryTerm(db: Db, actor: Actor, rawInput: unknown): GlossaryEntry {
  const { id, ...fields } = parseInput(updateGlossaryTermSchema, rawInput);
  return writeTransaction(db, (tx) => {
    assertCan(actor, "glossary:manage");
    const current = tx.select().from(glossaryTerms).where(eq(glossaryTerms.id, id)).get();
    if (!current) throw new NotFoundError("glossary term");
    const [duplicate] = pairTermIndex(tx, current.sourceLanguage, current.targetLanguage).conflicts(fields, id);
    if (duplicate) throw duplicateTermError(duplicate);
    const changes = changedFields(glossaryEntry(current), fields);
    if (!changes) return glossaryEntry(current);
    const row = tx.update(glossaryTerms).set(fields).where(eq(glossaryTerms.id, id)).returning().get()!;
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "glossary.term_updated",
      subjectType: "glossary_term",
      subjectId: id,
      data: { sourceLanguage: row.sourceLanguage, targetLanguage: row.targetLanguage, ...changes },
    });
    return glossaryEntry(row);
  });
}
