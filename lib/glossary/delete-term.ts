import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { glossaryTerms } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { deleteGlossaryTermSchema } from "../validation/glossary-schemas";
import { parseInput } from "../validation/parse-input";
import { glossaryEntry } from "./entry";

/**
 * An editor removes a term. The row goes; the audit event keeps every field of it, so a deletion
 * by mistake can be undone by hand and is never without a trace.
 */
export function deleteGlossaryTerm(db: Db, actor: Actor, rawInput: unknown): { id: number } {
  const { id } = parseInput(deleteGlossaryTermSchema, rawInput);
  return writeTransaction(db, (tx) => {
    assertCan(actor, "glossary:manage");
    const row = tx.delete(glossaryTerms).where(eq(glossaryTerms.id, id)).returning().get();
    if (!row) throw new NotFoundError("glossary term");
    const { id: _id, ...fields } = glossaryEntry(row);
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "glossary.term_deleted",
      subjectType: "glossary_term",
      subjectId: id,
      data: { sourceLanguage: row.sourceLanguage, targetLanguage: row.targetLanguage, ...fields },
    });
    return { id };
  });
}
