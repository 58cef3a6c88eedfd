// The one place where a person's work is looked up by author. segment_translation_history has no
// index on author_id, so this reads the whole table once; every other recognition query then reads
// only the rows found here, through indexes.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { segmentTranslationHistory } from "@/db/schema";

/** Ids of the segment translations `userId` confirmed (saved as `translated`) at least once. */
export function translationsConfirmedBy(db: Db | Tx, userId: number): number[] {
  return db
    .selectDistinct({ id: segmentTranslationHistory.translationId })
    .from(segmentTranslationHistory)
    .where(and(eq(segmentTranslationHistory.authorId, userId), eq(segmentTranslationHistory.status, "translated")))
    .all()
    .map((row) => row.id);
}

/**
 * The ids as one bound JSON parameter, for `inArray(column, idList(ids))`: a prolific volunteer's
 * thousands of ids would exceed SQLite's limit on bound variables if each were one.
 */
export function idList(ids: readonly number[]): SQL {
  return sql`(select value from json_each(${JSON.stringify(ids)}))`;
}
