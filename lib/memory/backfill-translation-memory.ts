// Confirmed translations that have no unit yet join the memory: those saved before the memory
// existed (a database upgraded to this version). Meant for start-up; idempotent, and one query when
// there is nothing to do.
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { segmentTranslations, tmUnits } from "@/db/schema";
import { syncTranslationMemory } from "./record-translation";

/** Translations recorded per transaction, so a large backlog never holds the write lock for long. */
const BATCH = 500;

/** Records every confirmed translation missing from the memory; returns how many. */
export function backfillTranslationMemory(db: Db): number {
  let recorded = 0;
  let after = 0;
  while (true) {
    const missing = db
      .select({ id: segmentTranslations.id })
      .from(segmentTranslations)
      .leftJoin(tmUnits, eq(tmUnits.translationId, segmentTranslations.id))
      .where(
        and(
          gt(segmentTranslations.id, after),
          inArray(segmentTranslations.status, ["translated", "approved"]),
          isNull(tmUnits.id),
        ),
      )
      .orderBy(asc(segmentTranslations.id))
      .limit(BATCH)
      .all();
    if (missing.length === 0) return recorded;
    writeTransaction(db, (tx) => {
      for (const { id } of missing) syncTranslationMemory(tx, id);
    });
    recorded += missing.length;
    after = missing.at(-1)!.id;
  }
}
