// Fixtures for the figures: rows written directly with the times a test needs, so each figure is
// checked against a small hand-made history rather than against the workflow that usually writes it.
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, publications, segmentTranslationHistory, segmentTranslations, type Job } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** Words of the workflow tests' SAMPLE article: 3 + 4 + 4 + 3 + 4. */
export const SAMPLE_WORDS = 18;

/** A history row of one of the job's segments, written by `author` at `at`. */
export function historyRow(db: Db, jobId: number, author: Actor | null, at: Date): void {
  const translationId = db
    .select({ id: segmentTranslations.id })
    .from(segmentTranslations)
    .where(eq(segmentTranslations.jobId, jobId))
    .orderBy(asc(segmentTranslations.id))
    .get()!.id;
  db.insert(segmentTranslationHistory)
    .values({ translationId, authorId: author?.id ?? null, text: "ES", status: "draft", version: 2, createdAt: at })
    .run();
}

/** Sets job columns directly (state, assignee, claim and due times) for a fixture. */
export function setJob(db: Db, jobId: number, values: Partial<Job>): void {
  db.update(jobs).set(values).where(eq(jobs.id, jobId)).run();
}

/** A publication of the job's current revision by `publisher` at `at`, still online unless `until`. */
export function publishedAt(db: Db, jobId: number, publisher: Actor, at: Date, until: Date | null = null): void {
  const job = db.select().from(jobs).where(eq(jobs.id, jobId)).get()!;
  db.insert(publications)
    .values({
      jobId,
      revisionId: job.revisionId,
      title: "Manglares",
      html: "<p>Manglares</p>",
      creditLine: "",
      publishedById: publisher.id,
      publishedAt: at,
      unpublishedAt: until,
    })
    .run();
}
