import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { JobStatus, SourceFormat } from "@/db/enums";
import { articles, jobs, segments, sourceRevisions } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { comparableText } from "../segmentation/match-revisions";
import type { ImportWarning, SourceSegment } from "../segmentation/types";
import type { ArticleHeader } from "./list-articles-overview";

export type ArticleSource = ArticleHeader & {
  revision: { number: number; format: SourceFormat; warnings: ImportWarning[]; createdAt: Date };
  segments: (Omit<SourceSegment, "id"> & {
    id: number;
    /** The previous revision's text when this segment changed in the last update; null otherwise. */
    previousText: string | null;
    /** True when the segment has no counterpart in the previous revision (and there was one). */
    isNew: boolean;
  })[];
  jobs: { id: number; targetLanguage: string; status: JobStatus }[];
};

/** An article's current source as editors review it: its segments, what changed, import warnings. */
export function getArticleSource(db: Db, actor: Actor, slug: string): ArticleSource {
  assertCan(actor, "article:manage");
  const article = db.select().from(articles).where(eq(articles.slug, slug)).get();
  if (!article?.currentRevisionId) throw new NotFoundError("article");
  const revision = db.select().from(sourceRevisions).where(eq(sourceRevisions.id, article.currentRevisionId)).get()!;
  const previous = alias(segments, "previous");
  const rows = db
    .select({
      id: segments.id,
      position: segments.position,
      blockIndex: segments.blockIndex,
      kind: segments.blockKind,
      text: segments.sourceText,
      tags: segments.tags,
      words: segments.wordCount,
      previousText: previous.sourceText,
      previousId: segments.previousSegmentId,
    })
    .from(segments)
    .leftJoin(previous, eq(previous.id, segments.previousSegmentId))
    .where(eq(segments.revisionId, revision.id))
    .orderBy(asc(segments.position))
    .all();
  const isUpdate = revision.number > 1;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    sourceLanguage: article.sourceLanguage,
    region: article.region,
    sdgGoals: article.sdgGoals,
    revision: {
      number: revision.number,
      format: revision.format,
      warnings: revision.importWarnings,
      createdAt: revision.createdAt,
    },
    segments: rows.map(({ previousId, previousText, ...row }) => ({
      ...row,
      previousText:
        previousText !== null && comparableText(previousText) !== comparableText(row.text) ? previousText : null,
      isNew: isUpdate && previousId === null,
    })),
    jobs: db
      .select({ id: jobs.id, targetLanguage: jobs.targetLanguage, status: jobs.status })
      .from(jobs)
      .where(eq(jobs.articleId, article.id))
      .orderBy(asc(jobs.targetLanguage))
      .all(),
  };
}
