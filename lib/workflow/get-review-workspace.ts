import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobStatus, SegmentStatus } from "@/db/enums";
import { articles, reviews, segments, segmentTranslationHistory, segmentTranslations, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import type { InlineTag } from "../segmentation/types";
import { withDismissals, type ReviewedIssue } from "../qa/dismissals";
import { runChecks } from "../qa/run-checks";
import { jobAccess, type JobAccess } from "./job-access";
import { summarizeQa, type QaSummary } from "./get-qa-summary";
import { jobQaFacts, segmentQaContext } from "./qa-context";
import { openReview, reviewableJob } from "./review-access";
import { reviewScore } from "./review-score";

export type ReviewSegment = {
  id: number;
  position: number;
  kind: (typeof segments.$inferSelect)["blockKind"];
  source: string;
  tags: InlineTag[];
  words: number;
  /** The segment of the previous revision this one continues: its comments belong here too. */
  previousSegmentId: number | null;
  translation: { text: string; status: SegmentStatus; version: number };
  /** The translator's last confirmed text, when a reviewer's edit replaced it (for the word diff). */
  translatorText: string | null;
  /** Quality problems of the current text, with the translator's reason for each dismissed warning. */
  issues: ReviewedIssue[];
};

export type ReviewSummary = {
  reviewerName: string | null;
  penaltyPoints: number;
  words: number;
  /** Penalty points per 1,000 words: live during a review, stored once it is approved. */
  score: number;
  changeRequests: number;
};

export type ReviewWorkspace = {
  job: {
    id: number;
    status: JobStatus;
    targetLanguage: string;
    translatorName: string | null;
    submittedAt: Date | null;
  };
  article: { title: string; slug: string; sourceLanguage: string };
  segments: ReviewSegment[];
  /** What the quality checks find, per check, with the translator's dismissals. */
  qaSummary: QaSummary;
  /** The review going on, or the last one that ended, if any. */
  review: ReviewSummary | null;
  access: Pick<JobAccess, "takeReview" | "review" | "comment">;
};

/**
 * Everything the review editor shows. Only reviewers of the language who did not translate the job
 * may open it: for the translator, even one with a reviewer role, it does not exist.
 */
export function getReviewWorkspace(db: Db, actor: Actor, jobId: number): ReviewWorkspace {
  const job = reviewableJob(db, actor, jobId);
  const article = db
    .select({ title: articles.title, slug: articles.slug, sourceLanguage: articles.sourceLanguage })
    .from(articles)
    .where(eq(articles.id, job.articleId))
    .get()!;
  const translator = job.assigneeId
    ? db.select({ name: users.displayName }).from(users).where(eq(users.id, job.assigneeId)).get()
    : undefined;
  const rows = db
    .select({
      id: segments.id,
      position: segments.position,
      kind: segments.blockKind,
      source: segments.sourceText,
      tags: segments.tags,
      words: segments.wordCount,
      previousSegmentId: segments.previousSegmentId,
      translationId: segmentTranslations.id,
      text: segmentTranslations.text,
      status: segmentTranslations.status,
      version: segmentTranslations.version,
      dismissedWarnings: segmentTranslations.dismissedWarnings,
    })
    .from(segments)
    .innerJoin(
      segmentTranslations,
      and(eq(segmentTranslations.segmentId, segments.id), eq(segmentTranslations.jobId, job.id)),
    )
    .where(eq(segments.revisionId, job.revisionId))
    .orderBy(asc(segments.position))
    .all();
  const translatorTexts = lastConfirmedTexts(
    db,
    rows.map((row) => row.translationId),
  );

  const facts = jobQaFacts(db, job);
  // Checked once: the rows show each segment's issues, the summary counts them per check.
  const issuesOf = new Map(
    rows.map((row) => [
      row.id,
      withDismissals(
        runChecks(segmentQaContext(facts, { sourceText: row.source, tags: row.tags }, row.text)),
        row.dismissedWarnings,
        row.text,
      ),
    ]),
  );

  const current = openReview(db, job.id);
  const last =
    current ??
    db.select().from(reviews).where(eq(reviews.jobId, job.id)).orderBy(desc(reviews.startedAt), desc(reviews.id)).get();
  const reviewer = last
    ? db.select({ name: users.displayName }).from(users).where(eq(users.id, last.reviewerId)).get()
    : undefined;
  const access = jobAccess(actor, job);

  return {
    job: {
      id: job.id,
      status: job.status,
      targetLanguage: job.targetLanguage,
      translatorName: translator?.name ?? null,
      submittedAt: job.submittedAt,
    },
    article,
    segments: rows.map((row) => {
      const confirmed = translatorTexts.get(row.translationId);
      return {
        id: row.id,
        position: row.position,
        kind: row.kind,
        source: row.source,
        tags: row.tags,
        words: row.words,
        previousSegmentId: row.previousSegmentId,
        translation: { text: row.text, status: row.status, version: row.version },
        translatorText: confirmed !== undefined && confirmed !== row.text ? confirmed : null,
        // A segment without text has nothing to show beside it; the summary still counts it as empty.
        issues: row.text === "" ? [] : issuesOf.get(row.id)!,
      };
    }),
    review: last
      ? {
          reviewerName: reviewer?.name ?? null,
          penaltyPoints: last.penaltyPoints,
          words: last.wordCount,
          score: last.score ?? reviewScore(last.penaltyPoints, last.wordCount),
          changeRequests: last.changeRequests,
        }
      : null,
    qaSummary: summarizeQa(
      job.id,
      rows.map((row) => ({ segmentId: row.id, position: row.position, issues: issuesOf.get(row.id)! })),
    ),
    access: { takeReview: access.takeReview, review: access.review, comment: access.comment },
  };
}

/**
 * Each translation's last text confirmed by a translator (history rows with status `translated`;
 * reviewers' edits are stored as `approved`), in one query.
 */
function lastConfirmedTexts(db: Db, translationIds: number[]): Map<number, string> {
  if (translationIds.length === 0) return new Map();
  const latest = db
    .select({ id: sql<number>`max(${segmentTranslationHistory.id})`.as("latest_id") })
    .from(segmentTranslationHistory)
    .where(
      and(
        inArray(segmentTranslationHistory.translationId, translationIds),
        eq(segmentTranslationHistory.status, "translated"),
      ),
    )
    .groupBy(segmentTranslationHistory.translationId)
    .as("latest");
  return new Map(
    db
      .select({ translationId: segmentTranslationHistory.translationId, text: segmentTranslationHistory.text })
      .from(segmentTranslationHistory)
      .innerJoin(latest, eq(latest.id, segmentTranslationHistory.id))
      .all()
      .map((row) => [row.translationId, row.text]),
  );
}
