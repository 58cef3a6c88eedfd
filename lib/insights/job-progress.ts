import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, segments, segmentTranslations } from "@/db/schema";

/**
 * Per job, the words of its current revision by state, and how many of its segments are outdated,
 * as a subquery to join on `jobId`. Translations left with an older revision by a source update
 * are not the job's text any more and are not counted.
 */
export function jobProgress(db: Db) {
  const words = (statuses: string) =>
    sql<number>`sum(case when ${segmentTranslations.status} in ${sql.raw(statuses)} then ${segments.wordCount} else 0 end)`;
  return db
    .select({
      jobId: segmentTranslations.jobId,
      totalWords: sql<number>`sum(${segments.wordCount})`.as("total_words"),
      translatedWords: words("('translated', 'approved')").as("translated_words"),
      approvedWords: words("('approved')").as("approved_words"),
      outdatedSegments: sql<number>`sum(case when ${segmentTranslations.status} = 'outdated' then 1 else 0 end)`.as(
        "outdated_segments",
      ),
    })
    .from(segmentTranslations)
    .innerJoin(jobs, eq(jobs.id, segmentTranslations.jobId))
    .innerJoin(segments, and(eq(segments.id, segmentTranslations.segmentId), eq(segments.revisionId, jobs.revisionId)))
    .groupBy(segmentTranslations.jobId)
    .as("job_progress");
}
