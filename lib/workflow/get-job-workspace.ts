import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { ErrorCategory, ErrorSeverity, JobStatus, SegmentStatus } from "@/db/enums";
import { articles, comments, segments, segmentTranslations, sourceRevisions, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import type { SourceSegment } from "../segmentation/types";
import type { GlossaryEntry } from "../glossary/entry";
import type { QaDismissal } from "../qa/dismissals";
import { jobAccess, visibleJob, type JobAccess } from "./job-access";
import { jobQaFacts } from "./qa-context";

export type WorkspaceSegment = Omit<SourceSegment, "id" | "blockIndex"> & {
  id: number;
  /** The source before the last update, for an outdated translation. */
  previousSourceText: string | null;
  /** The segment of the previous revision this one continues, if any. */
  previousSegmentId: number | null;
  translation: { text: string; status: SegmentStatus; version: number };
  /** Warnings the translator dismissed, each for the text it was dismissed for (lib/qa/dismissals.ts). */
  dismissedWarnings: QaDismissal[];
  /** The reviewer's comment on a rejected translation. */
  rejection: { body: string; category: ErrorCategory | null; severity: ErrorSeverity | null } | null;
};

export type JobWorkspace = {
  job: {
    id: number;
    status: JobStatus;
    targetLanguage: string;
    assigneeId: number | null;
    assigneeName: string | null;
    dueAt: Date | null;
    claimExtended: boolean;
  };
  article: { title: string; slug: string; sourceLanguage: string };
  segments: WorkspaceSegment[];
  /** The glossary of the job's language pair: terms are underlined in the source and checked by QA. */
  glossary: GlossaryEntry[];
  access: JobAccess;
};

/** Everything the side-by-side editor shows for one job, in document order. */
export function getJobWorkspace(db: Db, actor: Actor, jobId: number): JobWorkspace {
  const job = visibleJob(db, actor, jobId);
  const article = db
    .select({ title: articles.title, slug: articles.slug, sourceLanguage: articles.sourceLanguage })
    .from(articles)
    .where(eq(articles.id, job.articleId))
    .get()!;
  const assignee = job.assigneeId
    ? db.select({ name: users.displayName }).from(users).where(eq(users.id, job.assigneeId)).get()
    : undefined;
  const previous = alias(segments, "previous");
  const rows = db
    .select({
      id: segments.id,
      position: segments.position,
      kind: segments.blockKind,
      text: segments.sourceText,
      tags: segments.tags,
      words: segments.wordCount,
      previousSourceText: previous.sourceText,
      previousSegmentId: segments.previousSegmentId,
      translationText: segmentTranslations.text,
      status: segmentTranslations.status,
      version: segmentTranslations.version,
      dismissedWarnings: segmentTranslations.dismissedWarnings,
    })
    .from(segments)
    .innerJoin(
      segmentTranslations,
      and(eq(segmentTranslations.segmentId, segments.id), eq(segmentTranslations.jobId, job.id)),
    )
    .leftJoin(previous, eq(previous.id, segments.previousSegmentId))
    .where(eq(segments.revisionId, job.revisionId))
    .orderBy(asc(segments.position))
    .all();
  const rejections = new Map<number, WorkspaceSegment["rejection"]>();
  for (const comment of db
    .select({
      segmentId: comments.segmentId,
      body: comments.body,
      category: comments.category,
      severity: comments.severity,
    })
    .from(comments)
    .where(and(eq(comments.jobId, job.id), isNotNull(comments.segmentId)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .all()) {
    if (comment.segmentId !== null && !rejections.has(comment.segmentId)) rejections.set(comment.segmentId, comment);
  }
  const rejectionOf = rejectionFinder(db, job.articleId, rejections);

  return {
    job: {
      id: job.id,
      status: job.status,
      targetLanguage: job.targetLanguage,
      assigneeId: job.assigneeId,
      assigneeName: assignee?.name ?? null,
      dueAt: job.dueAt,
      claimExtended: job.claimExtended,
    },
    article,
    segments: rows.map((row) => ({
      id: row.id,
      position: row.position,
      kind: row.kind,
      text: row.text,
      tags: row.tags,
      words: row.words,
      previousSourceText: row.status === "outdated" ? row.previousSourceText : null,
      previousSegmentId: row.previousSegmentId,
      translation: { text: row.translationText, status: row.status, version: row.version },
      dismissedWarnings: row.dismissedWarnings,
      rejection: row.status === "rejected" ? rejectionOf(row.id, row.previousSegmentId) : null,
    })),
    glossary: jobQaFacts(db, job).glossary,
    access: jobAccess(actor, job),
  };
}

/**
 * The latest reviewer comment on a segment or, when a source update moved the translation to a
 * successor segment, on the segment it continues: the comment stays where it was made, and the
 * rejection travels with the translation. The article's lineage is read only when needed.
 */
function rejectionFinder(
  db: Db,
  articleId: number,
  rejections: Map<number, WorkspaceSegment["rejection"]>,
): (segmentId: number, previousSegmentId: number | null) => WorkspaceSegment["rejection"] {
  let lineage: Map<number, number | null> | undefined;
  const predecessorOf = (segmentId: number) => {
    lineage ??= new Map(
      db
        .select({ id: segments.id, previous: segments.previousSegmentId })
        .from(segments)
        .innerJoin(sourceRevisions, eq(sourceRevisions.id, segments.revisionId))
        .where(and(eq(sourceRevisions.articleId, articleId), isNotNull(segments.previousSegmentId)))
        .all()
        .map((row) => [row.id, row.previous]),
    );
    return lineage.get(segmentId) ?? null;
  };
  return (segmentId, previousSegmentId) => {
    const seen = new Set<number>([segmentId]);
    let found = rejections.get(segmentId);
    for (let at = previousSegmentId; found === undefined && at !== null && !seen.has(at); at = predecessorOf(at)) {
      seen.add(at);
      found = rejections.get(at);
    }
    return found ?? null;
  };
}
