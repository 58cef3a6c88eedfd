// The language pairs of the memory: a unit, a term count and an index key all carry the pair's id.
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { tmPairs } from "@/db/schema";

type Reader = Pick<Tx, "select">;

/** The pair's id, or undefined when the memory has nothing in that pair yet. */
export function findPairId(db: Reader, sourceLanguage: string, targetLanguage: string): number | undefined {
  return db
    .select({ id: tmPairs.id })
    .from(tmPairs)
    .where(and(eq(tmPairs.sourceLanguage, sourceLanguage), eq(tmPairs.targetLanguage, targetLanguage)))
    .get()?.id;
}

export function pairIdFor(tx: Tx, sourceLanguage: string, targetLanguage: string): number {
  const existing = findPairId(tx, sourceLanguage, targetLanguage);
  if (existing !== undefined) return existing;
  return tx.insert(tmPairs).values({ sourceLanguage, targetLanguage }).returning({ id: tmPairs.id }).get().id;
}
