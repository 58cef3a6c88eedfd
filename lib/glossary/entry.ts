// What every reader of a glossary needs of one term: the matcher, the translator's side panel and
// the editors' table. Types and a plain mapper only, so client code may import it.
import type { GlossaryTerm } from "@/db/schema";

/** One glossary term of a language pair, as the editor's underline and side panel use it. */
export type GlossaryEntry = {
  id: number;
  /** The source-language term, trimmed, NFC, single spaces. */
  term: string;
  translation: string;
  partOfSpeech: string | null;
  note: string | null;
  /** Translations that must not be used for this term. */
  forbidden: string[];
  /** When false, "Volunteer" and "volunteer" are the same term (and match each other in a text). */
  caseSensitive: boolean;
};

export function glossaryEntry(row: GlossaryTerm): GlossaryEntry {
  return {
    id: row.id,
    term: row.term,
    translation: row.translation,
    partOfSpeech: row.partOfSpeech,
    note: row.note,
    forbidden: row.forbidden,
    caseSensitive: row.caseSensitive,
  };
}
