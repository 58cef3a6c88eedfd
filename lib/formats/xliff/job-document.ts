// Everything an XLIFF file of a job holds, read in one place for both versions.
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import type { BlockKind, ErrorCategory, JobStatus, SegmentStatus, SourceFormat } from "@/db/enums";
import { articles, comments, segments, segmentTranslations, sourceRevisions, users, type Job } from "@/db/schema";
import type { InlineTag } from "../../segmentation/types";

export type JobDocumentUnit = {
  segmentId: number;
  kind: BlockKind;
  source: string;
  tags: InlineTag[];
  translation: { text: string; status: SegmentStatus; version: number };
  notes: { author: string; body: string; category: ErrorCategory | null }[];
};

export type JobDocument = {
  job: { id: number; status: JobStatus; targetLanguage: string };
  article: { slug: string; title: string; sourceLanguage: string };
  revision: { number: number; format: SourceFormat };
  units: JobDocumentUnit[];
};

/**
 * The comments on the job's segments, keyed by the current segment they are about. A comment stays
 * on the segment it was written on; after a source update that segment has a successor in the new
 * revision, which the comment follows (a retired sentence's comments are left out).
 */
function commentsBySegment(db: Db | Tx, job: Job, current: ReadonlySet<number>): Map<number, JobDocumentUnit["notes"]> {
  const successor = new Map<number, number>();
  for (const segment of db
    .select({ id: segments.id, previousId: segments.previousSegmentId })
    .from(segments)
    .innerJoin(sourceRevisions, eq(sourceRevisions.id, segments.revisionId))
    .where(and(eq(sourceRevisions.articleId, job.articleId), isNotNull(segments.previousSegmentId)))
    .all()) {
    if (segment.previousId !== null) successor.set(segment.previousId, segment.id);
  }
  const currentOf = (segmentId: number): number | undefined => {
    let id: number | undefined = segmentId;
    // Each step goes one revision forward, so the walk ends within the article's revisions.
    while (id !== undefined && !current.has(id)) id = successor.get(id);
    return id;
  };

  const notes = new Map<number, JobDocumentUnit["notes"]>();
  for (const comment of db
    .select({
      segmentId: comments.segmentId,
      author: users.displayName,
      body: comments.body,
      category: comments.category,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.jobId, job.id), isNotNull(comments.segmentId)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all()) {
    const segmentId = comment.segmentId === null ? undefined : currentOf(comment.segmentId);
    if (segmentId === undefined) continue;
    const list = notes.get(segmentId) ?? [];
    list.push({ author: comment.author, body: comment.body, category: comment.category });
    notes.set(segmentId, list);
  }
  return notes;
}

/**
 * The job's segments of its current revision in document order, each with its translation and, when
 * `withComments`, the comments on it (oldest first): only people who work on the job read those.
 */
export function readJobDocument(db: Db | Tx, job: Job, withComments: boolean): JobDocument {
  const article = db
    .select({ slug: articles.slug, title: articles.title, sourceLanguage: articles.sourceLanguage })
    .from(articles)
    .where(eq(articles.id, job.articleId))
    .get();
  const revision = db
    .select({ number: sourceRevisions.number, format: sourceRevisions.format })
    .from(sourceRevisions)
    .where(eq(sourceRevisions.id, job.revisionId))
    .get();
  // Both are foreign keys of the job: missing means a broken database, not bad input.
  if (!article || !revision) throw new Error(`job ${job.id} has no article or revision`);

  const rows = db
    .select({
      segmentId: segments.id,
      kind: segments.blockKind,
      source: segments.sourceText,
      tags: segments.tags,
      text: segmentTranslations.text,
      status: segmentTranslations.status,
      version: segmentTranslations.version,
    })
    .from(segments)
    .innerJoin(
      segmentTranslations,
      and(eq(segmentTranslations.segmentId, segments.id), eq(segmentTranslations.jobId, job.id)),
    )
    .where(eq(segments.revisionId, job.revisionId))
    .orderBy(asc(segments.position))
    .all();

  const notes = withComments ? commentsBySegment(db, job, new Set(rows.map((row) => row.segmentId))) : new Map();
  return {
    job: { id: job.id, status: job.status, targetLanguage: job.targetLanguage },
    article,
    revision,
    units: rows.map((row) => ({
      segmentId: row.segmentId,
      kind: row.kind,
      source: row.source,
      tags: row.tags,
      translation: { text: row.text, status: row.status, version: row.version },
      notes: notes.get(row.segmentId) ?? [],
    })),
  };
}
