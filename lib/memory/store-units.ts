// The one way units enter and leave the memory: the unit row, its full-text index entry and the
// pair's term counts change together, inside the caller's transaction. Workflow sync adds units one
// at a time, TMX imports and the benchmark thousands at a time; both go through here.
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { TmOrigin } from "@/db/enums";
import { tmTerms, tmUnits } from "@/db/schema";
import { pairIdFor } from "./language-pairs";
import { matchTerms } from "./match-terms";
import { matchText } from "./normalize";
import { indexKey, MAX_KEY_LENGTH, textHash } from "./unit-keys";

export type NewUnit = {
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  targetText: string;
  origin: TmOrigin;
  contextHash?: string | null;
  translationId?: number | null;
  reviewed?: boolean;
  articleId?: number | null;
  jobId?: number | null;
  translatorId?: number | null;
  originNote?: string | null;
  /** Imported units: the native code of each inline tag (tm_units.inline_codes). */
  inlineCodes?: Record<string, string> | null;
  createdAt?: Date;
  updatedAt?: Date;
};

/** Units per INSERT: 18 columns each stays far below SQLite's 32,766 bound variables. */
const ROWS_PER_STATEMENT = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Adds units with their index entries and term counts; returns their ids in input order. */
export function addUnits(tx: Tx, units: readonly NewUnit[]): number[] {
  const pairIds = new Map<string, number>();
  const pairOf = (unit: NewUnit) => {
    const key = `${unit.sourceLanguage}\u0000${unit.targetLanguage}`;
    let pairId = pairIds.get(key);
    if (pairId === undefined) {
      pairId = pairIdFor(tx, unit.sourceLanguage, unit.targetLanguage);
      pairIds.set(key, pairId);
    }
    return pairId;
  };
  const ids: number[] = [];
  const counts = new UnitCounts();
  for (const chunk of chunks(units, ROWS_PER_STATEMENT)) {
    const now = new Date();
    const prepared = chunk.map((unit) => {
      const text = matchText(unit.sourceText);
      return { unit, pairId: pairOf(unit), text, terms: matchTerms(text) };
    });
    const inserted = tx
      .insert(tmUnits)
      .values(
        prepared.map(({ unit, pairId, text }) => ({
          pairId,
          sourceLanguage: unit.sourceLanguage,
          targetLanguage: unit.targetLanguage,
          sourceText: unit.sourceText,
          targetText: unit.targetText,
          sourceHash: textHash(text),
          matchLength: text.length,
          contextHash: unit.contextHash ?? null,
          origin: unit.origin,
          translationId: unit.translationId ?? null,
          reviewed: unit.reviewed ?? false,
          articleId: unit.articleId ?? null,
          jobId: unit.jobId ?? null,
          translatorId: unit.translatorId ?? null,
          originNote: unit.originNote ?? null,
          inlineCodes: unit.inlineCodes ?? null,
          createdAt: unit.createdAt ?? now,
          updatedAt: unit.updatedAt ?? unit.createdAt ?? now,
        })),
      )
      .returning({ id: tmUnits.id })
      .all();
    const entries = prepared
      .map(({ pairId, text, terms }, index) => {
        const id = inserted[index]!.id;
        ids.push(id);
        counts.add(pairId, text.length, terms);
        return sql`(${indexKey(pairId, text.length, id)}, ${terms.join(" ")})`;
      })
      .filter((_, index) => prepared[index]!.terms.length > 0);
    if (entries.length > 0) tx.run(sql`insert into tm_unit_terms(rowid, terms) values ${sql.join(entries, sql`, `)}`);
  }
  counts.write(tx, 1);
  return ids;
}

/** Removes units; the trigger `tm_units_unindex` removes their index entries. */
export function removeUnits(tx: Tx, ids: readonly number[]): void {
  const counts = new UnitCounts();
  for (const chunk of chunks(ids, ROWS_PER_STATEMENT)) {
    const removed = tx
      .delete(tmUnits)
      .where(inArray(tmUnits.id, chunk))
      .returning({ pairId: tmUnits.pairId, sourceText: tmUnits.sourceText })
      .all();
    for (const unit of removed) {
      const text = matchText(unit.sourceText);
      counts.add(unit.pairId, text.length, matchTerms(text));
    }
  }
  counts.write(tx, -1);
}

/** Changes of the per-pair statistics (tm_terms, tm_lengths), gathered to write each row once. */
class UnitCounts {
  private readonly terms = new Map<number, Map<string, number>>();
  private readonly lengths = new Map<number, Map<number, number>>();

  add(pairId: number, matchLength: number, terms: readonly string[]): void {
    const lengths = mapOf(this.lengths, pairId);
    const length = Math.min(matchLength, MAX_KEY_LENGTH);
    lengths.set(length, (lengths.get(length) ?? 0) + 1);
    const counts = mapOf(this.terms, pairId);
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }

  write(tx: Tx, sign: 1 | -1): void {
    const termRows = [...this.terms].flatMap(([pairId, counts]) =>
      [...counts].map(([term, count]) => sql`(${pairId}, ${term}, ${sign * count})`),
    );
    for (const chunk of chunks(termRows, ROWS_PER_STATEMENT)) {
      tx.run(
        sql`insert into tm_terms(pair_id, term, units) values ${sql.join(chunk, sql`, `)}
            on conflict(pair_id, term) do update set units = units + excluded.units`,
      );
    }
    const lengthRows = [...this.lengths].flatMap(([pairId, counts]) =>
      [...counts].map(([length, count]) => sql`(${pairId}, ${length}, ${sign * count})`),
    );
    for (const chunk of chunks(lengthRows, ROWS_PER_STATEMENT)) {
      tx.run(
        sql`insert into tm_lengths(pair_id, length, units) values ${sql.join(chunk, sql`, `)}
            on conflict(pair_id, length) do update set units = units + excluded.units`,
      );
    }
    if (sign > 0) return;
    // A term no unit contains any more would only be read for nothing.
    for (const [pairId, counts] of this.terms) {
      for (const terms of chunks([...counts.keys()], ROWS_PER_STATEMENT)) {
        tx.delete(tmTerms)
          .where(and(eq(tmTerms.pairId, pairId), inArray(tmTerms.term, terms), lte(tmTerms.units, 0)))
          .run();
      }
    }
  }
}

function mapOf<K, V>(maps: Map<number, Map<K, V>>, pairId: number): Map<K, V> {
  let map = maps.get(pairId);
  if (!map) maps.set(pairId, (map = new Map()));
  return map;
}
