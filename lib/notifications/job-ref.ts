// The facts about a job that notifications name, and the people who translated it.
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { articles, jobs, segmentTranslationHistory, segmentTranslations } from "@/db/schema";
import type { JobRef } from "./payloads";

/** The job as a notification names it, or null when it is gone. */
export function jobRef(db: Db | Tx, jobId: number): JobRef | null {
  return (
    db
      .select({
        jobId: jobs.id,
        title: articles.title,
        sourceLanguage: articles.sourceLanguage,
        targetLanguage: jobs.targetLanguage,
      })
      .from(jobs)
      .innerJoin(articles, eq(articles.id, jobs.articleId))
      .where(eq(jobs.id, jobId))
      .get() ?? null
  );
}

/**
 * Everyone who confirmed a translation in the job, in any revision of its source (a job can pass
 * from one volunteer to another when a claim is released or expires).
 */
export function jobTranslatorIds(db: Db | Tx, jobId: number): number[] {
  return db
    .selectDistinct({ id: segmentTranslationHistory.authorId })
    .from(segmentTranslationHistory)
    .innerJoin(segmentTranslations, eq(segmentTranslations.id, segmentTranslationHistory.translationId))
    .where(
      and(
        eq(segmentTranslations.jobId, jobId),
        eq(segmentTranslationHistory.status, "translated"),
        isNotNull(segmentTranslationHistory.authorId),
      ),
    )
    .all()
    .map((row) => row.id!);
}
