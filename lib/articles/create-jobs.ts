// Opens an article for target languages: one open job per language, an empty translation per segment.
import type { Tx } from "@/db/client";
import { jobs, segmentTranslations } from "@/db/schema";

export function createJobs(
  tx: Tx,
  input: { articleId: number; revisionId: number; segmentIds: number[]; targetLanguages: readonly string[] },
): number[] {
  return input.targetLanguages.map((targetLanguage) => {
    const job = tx
      .insert(jobs)
      .values({ articleId: input.articleId, targetLanguage, revisionId: input.revisionId })
      .returning({ id: jobs.id })
      .get();
    if (input.segmentIds.length > 0) {
      tx.insert(segmentTranslations)
        .values(input.segmentIds.map((segmentId) => ({ jobId: job.id, segmentId })))
        .run();
    }
    return job.id;
  });
}
