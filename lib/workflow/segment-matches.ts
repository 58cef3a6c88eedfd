import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { segments, segmentTranslations } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { lookupMatches, type TmMatch } from "../memory/lookup-matches";
import { articleLanguage } from "./article-language";
import { visibleJob } from "./job-access";

/**
 * Translation memory matches for one segment of a job, for whoever may see the job: the
 * segment's neighbours give the context (101%) matches, and its own translation is left out.
 */
export function segmentMatches(db: Db, actor: Actor, input: { jobId: number; segmentId: number }): TmMatch[] {
  const job = visibleJob(db, actor, input.jobId);
  const segment = db
    .select({ position: segments.position, text: segments.sourceText, tags: segments.tags })
    .from(segments)
    .where(and(eq(segments.id, input.segmentId), eq(segments.revisionId, job.revisionId)))
    .get();
  if (!segment) throw new NotFoundError("segment");
  const neighbours = new Map(
    db
      .select({ position: segments.position, text: segments.sourceText })
      .from(segments)
      .where(
        and(
          eq(segments.revisionId, job.revisionId),
          inArray(segments.position, [segment.position - 1, segment.position + 1]),
        ),
      )
      .all()
      .map((row) => [row.position, row.text]),
  );
  const own = db
    .select({ id: segmentTranslations.id })
    .from(segmentTranslations)
    .where(and(eq(segmentTranslations.jobId, job.id), eq(segmentTranslations.segmentId, input.segmentId)))
    .get();
  return lookupMatches(db, {
    sourceLanguage: articleLanguage(db, job.articleId),
    targetLanguage: job.targetLanguage,
    text: segment.text,
    tags: segment.tags,
    previousText: neighbours.get(segment.position - 1) ?? null,
    nextText: neighbours.get(segment.position + 1) ?? null,
    ...(own ? { excludeTranslationId: own.id } : {}),
  });
}
