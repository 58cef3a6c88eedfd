import { and, eq } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import { glossaryTerms } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import {
  glossaryTermFieldsSchema,
  importGlossarySchema,
  type GlossaryTermFields,
} from "../validation/glossary-schemas";
import { message, type Message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { validate } from "../validation/validate";
import type { CsvRecord } from "./csv";
import { COLUMN_OF_FIELD, GLOSSARY_CSV_COLUMNS, termFieldsFromCsv, type GlossaryCsvColumn } from "./csv-columns";
import { glossaryEntry, type GlossaryEntry } from "./entry";
import { readGlossaryFile } from "./read-glossary-file";
import { changedFields } from "./changed-fields";
import { PairTermIndex, type PairTerm } from "./term-conflict";

/** What became of one row of the file; `line` is where the row starts in the file (the header is line 1). */
export type ImportedRow =
  | { line: number; term: string; outcome: "added" | "updated" | "unchanged"; id: number }
  | { line: number; term: string; outcome: "refused"; column: GlossaryCsvColumn | null; reason: Message };

export type GlossaryImportReport = {
  added: number;
  updated: number;
  unchanged: number;
  refused: number;
  rows: ImportedRow[];
};

/** How much of a refused row's term the report repeats: enough to find the row. */
const TERM_EXCERPT = 80;

type Pair = { sourceLanguage: string; targetLanguage: string };

/**
 * The pair's terms as the import changes them (read once: an import may touch thousands), and the
 * line of the file that wrote each one.
 */
class PairState {
  private readonly index: PairTermIndex;
  private readonly entries: Map<number, GlossaryEntry>;
  private readonly lineOf = new Map<number, number>();

  constructor(entries: GlossaryEntry[]) {
    this.index = new PairTermIndex(entries);
    this.entries = new Map(entries.map((entry) => [entry.id, entry]));
  }

  conflicts(fields: GlossaryTermFields): PairTerm[] {
    return this.index.conflicts(fields);
  }
  current(id: number): GlossaryEntry {
    return this.entries.get(id)!;
  }
  lineThatWrote(id: number): number | undefined {
    return this.lineOf.get(id);
  }
  written(id: number, fields: GlossaryTermFields, line: number): void {
    this.index.put({ id, term: fields.term, caseSensitive: fields.caseSensitive });
    this.entries.set(id, { id, ...fields });
    this.lineOf.set(id, line);
  }
}

function importRow(tx: Tx, actor: Actor, pair: Pair, state: PairState, record: CsvRecord): ImportedRow {
  const { line, fields: cells } = record;
  const rawTerm = (cells[0] ?? "").trim().slice(0, TERM_EXCERPT);
  const refused = (column: GlossaryCsvColumn | null, reason: Message): ImportedRow => ({
    line,
    term: rawTerm,
    outcome: "refused",
    column,
    reason,
  });
  if (cells.length !== GLOSSARY_CSV_COLUMNS.length) {
    return refused(
      null,
      message("glossary:import.columnCount", { expected: GLOSSARY_CSV_COLUMNS.length, found: cells.length }),
    );
  }
  const parsed = validate(glossaryTermFieldsSchema, termFieldsFromCsv(cells));
  if (!parsed.ok) {
    const [field, reason] = Object.entries(parsed.fields)[0]!;
    return refused(COLUMN_OF_FIELD[field] ?? null, reason);
  }
  const fields = parsed.data;
  const conflicts = state.conflicts(fields);
  const earlier = conflicts.map((term) => state.lineThatWrote(term.id)).find((at) => at !== undefined);
  if (earlier !== undefined) return refused("term", message("glossary:import.duplicateInFile", { line: earlier }));
  if (conflicts.length > 1) {
    return refused(
      "term",
      message("glossary:import.ambiguous", { terms: conflicts.map((term) => term.term).join(", ") }),
    );
  }

  const [existing] = conflicts;
  if (!existing) {
    // Recorded in the import's own audit event, with every id it added.
    const { id } = tx
      .insert(glossaryTerms)
      .values({ ...pair, ...fields, createdById: actor.id })
      .returning({ id: glossaryTerms.id })
      .get();
    state.written(id, fields, line);
    return { line, term: fields.term, outcome: "added", id };
  }

  const changes = changedFields(state.current(existing.id), fields);
  state.written(existing.id, fields, line);
  if (!changes) return { line, term: fields.term, outcome: "unchanged", id: existing.id };
  tx.update(glossaryTerms).set(fields).where(eq(glossaryTerms.id, existing.id)).run();
  // What the file overwrote stays in the audit trail, term by term.
  recordAuditEvent(tx, {
    actorId: actor.id,
    action: "glossary.term_updated",
    subjectType: "glossary_term",
    subjectId: existing.id,
    data: { ...pair, ...changes, import: true },
  });
  return { line, term: fields.term, outcome: "updated", id: existing.id };
}

/**
 * An editor imports a CSV file into one pair's glossary. The whole file is refused when it is not
 * UTF-8 text, not readable CSV, or its header is not the glossary's. Otherwise every row is
 * checked on its own: added, updated (a term the pair has, in any case when either ignores case),
 * unchanged, or refused with the reason; one transaction, one report.
 */
export function importGlossaryCsv(db: Db, actor: Actor, rawInput: unknown): GlossaryImportReport {
  const { file, ...pair } = parseInput(importGlossarySchema, rawInput);
  return writeTransaction(db, (tx) => {
    assertCan(actor, "glossary:manage");
    const records = readGlossaryFile(file);
    const state = new PairState(
      tx
        .select()
        .from(glossaryTerms)
        .where(
          and(
            eq(glossaryTerms.sourceLanguage, pair.sourceLanguage),
            eq(glossaryTerms.targetLanguage, pair.targetLanguage),
          ),
        )
        .all()
        .map(glossaryEntry),
    );
    const rows = records.map((record) => importRow(tx, actor, pair, state, record));
    const report: GlossaryImportReport = {
      added: rows.filter((row) => row.outcome === "added").length,
      updated: rows.filter((row) => row.outcome === "updated").length,
      unchanged: rows.filter((row) => row.outcome === "unchanged").length,
      refused: rows.filter((row) => row.outcome === "refused").length,
      rows,
    };
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "glossary.imported",
      subjectType: "glossary",
      data: {
        ...pair,
        added: report.added,
        updated: report.updated,
        unchanged: report.unchanged,
        refused: report.refused,
        addedIds: rows.flatMap((row) => (row.outcome === "added" ? [row.id] : [])),
      },
    });
    return report;
  });
}
