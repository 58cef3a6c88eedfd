// When two terms of one language pair are the same term. The unique index only knows identical
// text; a case-insensitive "volunteer" beside "Volunteer" would underline the same words twice with
// perhaps two translations, so it is a duplicate too. Two case-sensitive terms may differ by case
// alone ("US" and "us" are different words).
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { glossaryTerms } from "@/db/schema";
import { ValidationError } from "../errors";
import { message } from "../validation/message";

export type PairTerm = { id: number; term: string; caseSensitive: boolean };

/**
 * A pair's terms by their lower-case text, so finding a duplicate costs one look-up: an import of
 * thousands of rows checks each against thousands of terms inside its write transaction.
 */
export class PairTermIndex {
  private readonly byFolded = new Map<string, PairTerm[]>();
  private readonly byId = new Map<number, PairTerm>();

  constructor(terms: Iterable<PairTerm>) {
    for (const term of terms) this.put(term);
  }

  /** The terms (other than `exceptId`) that `candidate` would duplicate. */
  conflicts(candidate: { term: string; caseSensitive: boolean }, exceptId?: number): PairTerm[] {
    return (this.byFolded.get(candidate.term.toLowerCase()) ?? []).filter(
      (other) =>
        other.id !== exceptId && (other.term === candidate.term || !other.caseSensitive || !candidate.caseSensitive),
    );
  }

  /** Adds a term, or replaces the one with its id after an update. */
  put(term: PairTerm): void {
    const previous = this.byId.get(term.id);
    if (previous) {
      const folded = previous.term.toLowerCase();
      const rest = (this.byFolded.get(folded) ?? []).filter((other) => other.id !== term.id);
      if (rest.length > 0) this.byFolded.set(folded, rest);
      else this.byFolded.delete(folded);
    }
    const entry = { id: term.id, term: term.term, caseSensitive: term.caseSensitive };
    this.byId.set(term.id, entry);
    const folded = entry.term.toLowerCase();
    this.byFolded.set(folded, [...(this.byFolded.get(folded) ?? []), entry]);
  }
}

/** Every term of the pair, indexed for the duplicate checks. */
export function pairTermIndex(tx: Tx, sourceLanguage: string, targetLanguage: string): PairTermIndex {
  return new PairTermIndex(
    tx
      .select({ id: glossaryTerms.id, term: glossaryTerms.term, caseSensitive: glossaryTerms.caseSensitive })
      .from(glossaryTerms)
      .where(and(eq(glossaryTerms.sourceLanguage, sourceLanguage), eq(glossaryTerms.targetLanguage, targetLanguage)))
      .all(),
  );
}

/** The refusal of a duplicate, naming the term already there so the editor can find and edit it. */
export function duplicateTermError(existing: PairTerm): ValidationError {
  return new ValidationError({ term: message("glossary:errors.duplicate", { term: existing.term }) });
}
