import { writeTransaction, type Db } from "@/db/client";
import { glossaryTerms } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { addGlossaryTermSchema } from "../validation/glossary-schemas";
import { parseInput } from "../validation/parse-input";
import { glossaryEntry, type GlossaryEntry } from "./entry";
import { duplicateTermError, pairTermIndex } from "./term-conflict";

/** An editor adds a term to a language pair's glossary; a term the pair already has is refused. */
export function addGlossaryTerm(db: Db, actor: Actor, rawInput: unknown): GlossaryEntry {
  const input = parseInput(addGlossaryTermSchema, rawInput);
  return writeTransaction(db, (tx) => {
    assertCan(actor, "glossary:manage");
    const [duplicate] = pairTermIndex(tx, input.sourceLanguage, input.targetLanguage).conflicts(input);
    if (duplicate) throw duplicateTermError(duplicate);
    const row = tx
      .insert(glossaryTerms)
      .values({ ...input, createdById: actor.id })
      .returning()
      .get();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "glossary.term_added",
      subjectType: "glossary_term",
      subjectId: row.id,
      data: {
        sourceLanguage: row.sourceLanguage,
        targetLanguage: row.targetLanguage,
        term: row.term,
        translation: row.translation,
      },
    });
    return glossaryEntry(row);
  });
}
