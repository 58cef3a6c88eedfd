import { and, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, jobs } from "@/db/schema";
import { revisionTotals } from "../../articles/revision-word-counts";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/permissions";
import type { JobsQuery } from "../../validation/api-schemas";
import { jobAccess } from "../../workflow/job-access";
import type { ApiJob, ApiPage } from "./shapes";

/**
 * A cheap first cut of the jobs the actor may see: never fewer than jobAccess allows. The exact
 * rule is jobAccess itself, applied to every row below, so the list and GET /jobs/{id} agree.
 */
function candidates(actor: Actor): SQL | undefined {
  if (can(actor, "article:manage")) return undefined;
  const none = sql`0`;
  return or(
    eq(jobs.assigneeId, actor.id),
    actor.translateLanguages.length > 0
      ? and(eq(jobs.status, "open"), inArray(jobs.targetLanguage, actor.translateLanguages))
      : none,
    actor.reviewLanguages.length > 0 ? inArray(jobs.targetLanguage, actor.reviewLanguages) : none,
  );
}

/** The jobs the actor may see (as on their pages), filtered, newest first, one page of them. */
export function listApiJobs(db: Db, actor: Actor, query: JobsQuery): ApiPage<ApiJob> {
  const { page, perPage } = query;
  const totals = revisionTotals(db);
  const conditions: (SQL | undefined)[] = [candidates(actor)];
  if (query.status) conditions.push(eq(jobs.status, query.status));
  if (query.language) conditions.push(eq(jobs.targetLanguage, query.language));
  if (query.mine === true) conditions.push(eq(jobs.assigneeId, actor.id));
  if (query.mine === false) conditions.push(or(sql`${jobs.assigneeId} is null`, ne(jobs.assigneeId, actor.id)));
  const visible = db
    .select({
      job: {
        id: jobs.id,
        targetLanguage: jobs.targetLanguage,
        status: jobs.status,
        assigneeId: jobs.assigneeId,
        reviewerId: jobs.reviewerId,
        dueAt: jobs.dueAt,
      },
      article: { slug: articles.slug, title: articles.title, sourceLanguage: articles.sourceLanguage },
      words: totals.wordCount,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .leftJoin(totals, eq(totals.revisionId, jobs.revisionId))
    .where(and(...conditions))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .all()
    .filter(({ job }) => jobAccess(actor, job).view);
  return {
    data: visible.slice((page - 1) * perPage, page * perPage).map(({ job, article, words }) => ({
      id: job.id,
      article,
      targetLanguage: job.targetLanguage,
      status: job.status,
      assignedToMe: job.assigneeId === actor.id,
      dueAt: job.dueAt?.toISOString() ?? null,
      words: words ?? 0,
    })),
    page,
    perPage,
    total: visible.length,
  };
}
