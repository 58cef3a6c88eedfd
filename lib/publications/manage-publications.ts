// What the editor's article page shows about publishing: per job, its page online and what may be done.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import { articles, jobs, publications } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { canTransition } from "../workflow/transitions";

export type JobPublication = {
  jobId: number;
  targetLanguage: string;
  status: JobStatus;
  /** The job's page online now, if any. */
  live: { publishedAt: Date } | null;
  /** The page online is older than the job's source: a newer translation is on its way. */
  updateInProgress: boolean;
  /** The job was published before: publishing it again replaces or restores its page. */
  publishedBefore: boolean;
  canPublish: boolean;
  canUnpublish: boolean;
};

/** The publishing state of every job of the article `slug`, by target language. */
export function listJobPublications(db: Db, actor: Actor, slug: string): JobPublication[] {
  assertCan(actor, "article:manage");
  const article = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get();
  if (!article) throw new NotFoundError("article");
  const mayPublish = can(actor, "article:publish");

  const rows = db
    .select({
      jobId: jobs.id,
      targetLanguage: jobs.targetLanguage,
      status: jobs.status,
      revisionId: jobs.revisionId,
      liveRevisionId: publications.revisionId,
      publishedAt: publications.publishedAt,
    })
    .from(jobs)
    .leftJoin(publications, and(eq(publications.jobId, jobs.id), isNull(publications.unpublishedAt)))
    .where(eq(jobs.articleId, article.id))
    .orderBy(asc(jobs.targetLanguage))
    .all();
  const everPublished = new Set(
    db
      .selectDistinct({ jobId: publications.jobId })
      .from(publications)
      .innerJoin(jobs, eq(jobs.id, publications.jobId))
      .where(eq(jobs.articleId, article.id))
      .all()
      .map((row) => row.jobId),
  );

  return rows.map((row) => {
    const live = row.publishedAt === null ? null : { publishedAt: row.publishedAt };
    return {
      jobId: row.jobId,
      targetLanguage: row.targetLanguage,
      status: row.status,
      live,
      updateInProgress: live !== null && (row.status !== "published" || row.revisionId !== row.liveRevisionId),
      publishedBefore: everPublished.has(row.jobId),
      canPublish: mayPublish && canTransition(row.status, "publish"),
      canUnpublish: mayPublish && live !== null,
    };
  });
}
