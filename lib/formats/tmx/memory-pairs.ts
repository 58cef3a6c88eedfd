// The language pairs the memory holds units in, for the export form. Counted from the per-pair
// length statistics the memory keeps up to date (tm_lengths), not by reading every unit: the page
// stays fast at a million units.
import { asc, eq, sql, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tmLengths, tmPairs } from "@/db/schema";
import { assertMayManageMemory, type TmxOperator } from "./permission";

export type MemoryPair = { sourceLanguage: string; targetLanguage: string; units: number };

/** Pairs with at least one unit, by source then target language. Editors and administrators only. */
export function listMemoryPairs(db: Db, operator: TmxOperator): MemoryPair[] {
  assertMayManageMemory(operator);
  return db
    .select({
      sourceLanguage: tmPairs.sourceLanguage,
      targetLanguage: tmPairs.targetLanguage,
      units: sql<number>`cast(${sum(tmLengths.units)} as integer)`,
    })
    .from(tmPairs)
    .innerJoin(tmLengths, eq(tmLengths.pairId, tmPairs.id))
    .groupBy(tmPairs.id)
    .having(sql`sum(${tmLengths.units}) > 0`)
    .orderBy(asc(tmPairs.sourceLanguage), asc(tmPairs.targetLanguage))
    .all();
}
