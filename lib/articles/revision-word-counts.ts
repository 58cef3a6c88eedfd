import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { segments } from "@/db/schema";

/** Segment and word totals of a source revision, as a subquery to join on `revisionId`. */
export function revisionTotals(db: Db) {
  return db
    .select({
      revisionId: segments.revisionId,
      segmentCount: sql<number>`count(*)`.as("segment_count"),
      wordCount: sql<number>`sum(${segments.wordCount})`.as("word_count"),
    })
    .from(segments)
    .groupBy(segments.revisionId)
    .as("revision_totals");
}
