import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { glossaryTerms } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { glossaryPairSchema } from "../validation/glossary-schemas";
import { parseInput } from "../validation/parse-input";
import { formatCsv } from "./csv";
import { GLOSSARY_CSV_COLUMNS, termToCsv } from "./csv-columns";
import { glossaryEntry } from "./entry";

/**
 * A byte-order mark first: spreadsheet programs otherwise open UTF-8 CSV as a legacy code page and
 * garble accents and non-Latin scripts. The import skips it.
 */
const BOM = "\uFEFF";

export type GlossaryExport = { filename: string; content: string };

/** A pair's glossary as CSV, in the layout the import reads, terms in alphabetical order. Editors only. */
export function exportGlossaryCsv(db: Db, actor: Actor, rawInput: unknown): GlossaryExport {
  assertCan(actor, "glossary:manage");
  const pair = parseInput(glossaryPairSchema, rawInput);
  const collator = new Intl.Collator(pair.sourceLanguage);
  const rows = db
    .select()
    .from(glossaryTerms)
    .where(
      and(eq(glossaryTerms.sourceLanguage, pair.sourceLanguage), eq(glossaryTerms.targetLanguage, pair.targetLanguage)),
    )
    .all()
    .map(glossaryEntry)
    .sort((a, b) => collator.compare(a.term, b.term))
    .map(termToCsv);
  return {
    filename: `glossary-${pair.sourceLanguage}-${pair.targetLanguage}.csv`,
    content: BOM + formatCsv([[...GLOSSARY_CSV_COLUMNS], ...rows]),
  };
}
