import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { segments, segmentTranslations, users, type Job } from "@/db/schema";

/**
 * A job's translation of one segment of its current revision, with the segment's source and tags
 * and the name of whoever wrote the current text; undefined when the segment is not the job's.
 */
export function jobSegmentTranslation(tx: Tx, job: Pick<Job, "id" | "revisionId">, segmentId: number) {
  return tx
    .select({
      translation: segmentTranslations,
      sourceText: segments.sourceText,
      tags: segments.tags,
      authorName: users.displayName,
    })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .leftJoin(users, eq(users.id, segmentTranslations.lastAuthorId))
    .where(
      and(
        eq(segmentTranslations.jobId, job.id),
        eq(segmentTranslations.segmentId, segmentId),
        eq(segments.revisionId, job.revisionId),
      ),
    )
    .get();
}
