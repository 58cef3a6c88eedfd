import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import { articles, jobs, publications, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { searchFold } from "../text/search-fold";
import { parseInput } from "../validation/parse-input";
import { jobProgress } from "./job-progress";
import { matrixQuerySchema, UNASSIGNED, type MatrixQuery } from "./matrix-query";

/** A claim ending within this time is flagged, while there is still time to act on it. */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/** One job: one article into one language. */
export type MatrixCell = {
  jobId: number;
  targetLanguage: string;
  status: JobStatus;
  assignee: { id: number; name: string } | null;
  /** When the claim ends; only while the job is being translated (a submitted job's is history). */
  dueAt: Date | null;
  /** Words of the current revision: all of them, translated (or approved) ones, approved ones. */
  words: { total: number; translated: number; approved: number };
  /** Since when the job's page is online, if it is. */
  publishedAt: Date | null;
  /** A page is online, but the source has changed since it was published. */
  publicationOutdated: boolean;
  /** Segments whose source sentence changed after they were translated. */
  outdatedSegments: number;
  outdated: boolean;
  /** The claim's due time has passed (until the claim sweep returns the job to the pool). */
  overdue: boolean;
  /** The claim ends within DUE_SOON_MS. */
  dueSoon: boolean;
  /** Outdated, overdue or due soon: what the "needs attention" filter keeps. */
  needsAttention: boolean;
  /** The actor may open the job's review page (they review its language). */
  canReview: boolean;
};

export type MatrixRow = {
  articleId: number;
  slug: string;
  title: string;
  sourceLanguage: string;
  /** The article's jobs that pass the filters, by language code. */
  cells: MatrixCell[];
};

export type EditorMatrix = {
  query: MatrixQuery;
  /** The columns: the target languages of the jobs shown, by code. */
  languages: string[];
  rows: MatrixRow[];
  /** Every target language and every assignee of a job, for the filters. */
  choices: { languages: string[]; assignees: { id: number; name: string }[] };
  /** A filter on jobs (not only on titles) is set: articles without a matching job are left out. */
  jobsFiltered: boolean;
};

/**
 * The editors' matrix: every article (rows) by every language it is open for (columns), each job
 * with its state, progress in words, assignee, due time and what needs attention. Filtered by a
 * query string (`matrixQuerySchema`); anything it cannot read is ignored.
 */
export function getEditorMatrix(db: Db, actor: Actor, rawQuery: unknown = {}, now = new Date()): EditorMatrix {
  assertCan(actor, "article:manage");
  const query = parseInput(matrixQuerySchema, rawQuery);
  const jobsFiltered = [query.language, query.status, query.assignee, query.attention].some((v) => v !== undefined);

  const cellsByArticle = new Map<number, MatrixCell[]>();
  for (const { articleId, cell } of matrixJobs(db, actor, query, now)) {
    if (query.attention && !cell.needsAttention) continue;
    cellsByArticle.set(articleId, [...(cellsByArticle.get(articleId) ?? []), cell]);
  }

  const words = searchFold(query.q ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const rows = db
    .select({
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
    })
    .from(articles)
    .orderBy(asc(articles.title), asc(articles.id))
    .all()
    .filter((article) => words.every((word) => searchFold(article.title).includes(word)))
    .map((article) => ({ ...article, cells: cellsByArticle.get(article.articleId) ?? [] }))
    .filter((row) => !jobsFiltered || row.cells.length > 0);

  const languages = [...new Set(rows.flatMap((row) => row.cells.map((cell) => cell.targetLanguage)))].sort();
  return { query, languages, rows, choices: matrixChoices(db), jobsFiltered };
}

/** The jobs that pass the filters SQL can apply, as cells. */
function matrixJobs(db: Db, actor: Actor, query: MatrixQuery, now: Date): { articleId: number; cell: MatrixCell }[] {
  const progress = jobProgress(db);
  const conditions: SQL[] = [];
  if (query.language) conditions.push(eq(jobs.targetLanguage, query.language));
  if (query.status) conditions.push(eq(jobs.status, query.status));
  if (query.assignee === UNASSIGNED) conditions.push(isNull(jobs.assigneeId));
  else if (query.assignee !== undefined) conditions.push(eq(jobs.assigneeId, query.assignee));
  const rows = db
    .select({
      jobId: jobs.id,
      articleId: jobs.articleId,
      targetLanguage: jobs.targetLanguage,
      status: jobs.status,
      revisionId: jobs.revisionId,
      assigneeId: jobs.assigneeId,
      assigneeName: users.displayName,
      dueAt: jobs.dueAt,
      totalWords: progress.totalWords,
      translatedWords: progress.translatedWords,
      approvedWords: progress.approvedWords,
      outdatedSegments: progress.outdatedSegments,
      liveRevisionId: publications.revisionId,
      publishedAt: publications.publishedAt,
    })
    .from(jobs)
    .leftJoin(users, eq(users.id, jobs.assigneeId))
    .leftJoin(progress, eq(progress.jobId, jobs.id))
    // At most one live publication per job (publications_one_live_per_job): one row per job.
    .leftJoin(publications, and(eq(publications.jobId, jobs.id), isNull(publications.unpublishedAt)))
    .where(and(...conditions))
    .orderBy(asc(jobs.targetLanguage), asc(jobs.id))
    .all();

  return rows
    .filter((row) => can(actor, "article:manage", { language: row.targetLanguage }))
    .map((row) => {
      const dueAt = row.status === "in_progress" ? row.dueAt : null;
      const left = dueAt === null ? null : dueAt.getTime() - now.getTime();
      const overdue = left !== null && left <= 0;
      const dueSoon = left !== null && left > 0 && left <= DUE_SOON_MS;
      const outdatedSegments = row.outdatedSegments ?? 0;
      // The job's revision moves with every source update; the live page keeps the one it was made from.
      const publicationOutdated = row.publishedAt !== null && row.liveRevisionId !== row.revisionId;
      const outdated = publicationOutdated || outdatedSegments > 0;
      return {
        articleId: row.articleId,
        cell: {
          jobId: row.jobId,
          targetLanguage: row.targetLanguage,
          status: row.status,
          assignee:
            row.assigneeId !== null && row.assigneeName !== null
              ? { id: row.assigneeId, name: row.assigneeName }
              : null,
          dueAt,
          words: {
            total: row.totalWords ?? 0,
            translated: row.translatedWords ?? 0,
            approved: row.approvedWords ?? 0,
          },
          publishedAt: row.publishedAt,
          publicationOutdated,
          outdatedSegments,
          outdated,
          overdue,
          dueSoon,
          needsAttention: outdated || overdue || dueSoon,
          canReview: can(actor, "job:read-review", { language: row.targetLanguage }),
        },
      };
    });
}

/** What the filters offer: every language some article is open for, everyone who holds or held a job. */
function matrixChoices(db: Db): EditorMatrix["choices"] {
  const languages = db
    .selectDistinct({ language: jobs.targetLanguage })
    .from(jobs)
    .orderBy(asc(jobs.targetLanguage))
    .all()
    .map((row) => row.language);
  const assignees = db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(jobs)
    .innerJoin(users, eq(users.id, jobs.assigneeId))
    .orderBy(asc(users.displayName), asc(users.id))
    .all();
  return { languages, assignees };
}
