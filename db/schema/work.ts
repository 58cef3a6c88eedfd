// Translation work: jobs, segment translations with their history, and comments.
import { sql } from "drizzle-orm";
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  JOB_STATUSES,
  REVIEW_OUTCOMES,
  SEGMENT_STATUSES,
  sqlList,
} from "../enums";
import { id, createdAt, updatedAt, oneOf, bool } from "./columns";
import { users } from "./users";
import { articles, sourceRevisions, segments } from "./articles";

/** One article into one target language: the unit volunteers claim, translate and submit. */
export const jobs = sqliteTable(
  "jobs",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    targetLanguage: text("target_language").notNull(),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("open"),
    /** The source revision the job's translations follow. */
    revisionId: integer("revision_id")
      .notNull()
      .references(() => sourceRevisions.id),
    assigneeId: integer("assignee_id").references(() => users.id),
    claimedAt: integer("claimed_at", { mode: "timestamp_ms" }),
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    /** A claim may be extended once. */
    claimExtended: bool("claim_extended").notNull().default(false),
    /** After a source update the job is offered to its last translator first, until this time. */
    reservedForId: integer("reserved_for_id").references(() => users.id),
    reservedUntil: integer("reserved_until", { mode: "timestamp_ms" }),
    reviewerId: integer("reviewer_id").references(() => users.id),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
    publishedRevisionId: integer("published_revision_id").references(() => sourceRevisions.id),
    /** Optimistic locking: every state change checks and bumps it. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("jobs_article_language_unique").on(t.articleId, t.targetLanguage),
    index("jobs_status_language_idx").on(t.status, t.targetLanguage),
    index("jobs_assignee_idx").on(t.assigneeId),
    check("jobs_status_check", oneOf("status", JOB_STATUSES)),
    // A claimed job always has an assignee and a due time; an open one has neither.
    check(
      "jobs_assignee_matches_status",
      sql`(${t.status} = 'open' and ${t.assigneeId} is null and ${t.dueAt} is null) or (${t.status} <> 'open' and ${t.assigneeId} is not null)`,
    ),
    check("jobs_version_positive", sql`${t.version} >= 1`),
  ],
);

export const segmentTranslations = sqliteTable(
  "segment_translations",
  {
    id: id(),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
    text: text("text").notNull().default(""),
    status: text("status", { enum: SEGMENT_STATUSES }).notNull().default("empty"),
    /** Optimistic locking: a save based on an older version gets 409, never overwrites. */
    version: integer("version").notNull().default(1),
    lastAuthorId: integer("last_author_id").references(() => users.id),
    /**
     * QA warnings the translator dismissed, with their reasons (JSON), shown to the reviewer. Each
     * holds for the text it was dismissed for (`textHash`, lib/qa/dismissals.ts): an edit revives it.
     */
    dismissedWarnings: text("dismissed_warnings", { mode: "json" })
      .$type<{ check: string; reason: string; textHash?: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("segment_translations_job_segment_unique").on(t.jobId, t.segmentId),
    check("segment_translations_status_check", oneOf("status", SEGMENT_STATUSES)),
    check("segment_translations_empty_has_no_text", sql`${t.status} <> 'empty' or ${t.text} = ''`),
    check("segment_translations_version_positive", sql`${t.version} >= 1`),
  ],
);

/** Append-only: every change of a segment translation, so nothing is overwritten without a trace. */
export const segmentTranslationHistory = sqliteTable(
  "segment_translation_history",
  {
    id: id(),
    translationId: integer("translation_id")
      .notNull()
      .references(() => segmentTranslations.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id),
    text: text("text").notNull(),
    status: text("status", { enum: SEGMENT_STATUSES }).notNull(),
    /** The translation's version this row recorded. */
    version: integer("version").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("segment_translation_history_translation_idx").on(t.translationId, t.version),
    // A volunteer's contribution (lib/recognition) reads their confirmed versions; without it every
    // dashboard load would read the whole history.
    index("segment_translation_history_author_idx").on(t.authorId, t.status),
    // Volunteers active per month (lib/insights) reads a window of months.
    index("segment_translation_history_created_idx").on(t.createdAt),
    check("segment_translation_history_status_check", oneOf("status", SEGMENT_STATUSES)),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: id(),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    /** Null for a comment on the whole job. */
    segmentId: integer("segment_id").references(() => segments.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    /** Reviewers' comments carry an error category and severity; others have neither. */
    category: text("category", { enum: ERROR_CATEGORIES }),
    severity: text("severity", { enum: ERROR_SEVERITIES }),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("comments_job_segment_idx").on(t.jobId, t.segmentId),
    check("comments_body_length", sql`length(trim(${t.body})) between 1 and 5000`),
    check("comments_category_check", sql.raw(`"category" is null or "category" in ${sqlList(ERROR_CATEGORIES)}`)),
    check("comments_severity_check", sql.raw(`"severity" is null or "severity" in ${sqlList(ERROR_SEVERITIES)}`)),
    check("comments_category_with_severity", sql`(${t.category} is null) = (${t.severity} is null)`),
  ],
);

/**
 * One reviewer's turn on a job, from taking it to approving it (or giving it back). Sending
 * segments back to the translator does not end it: the same reviewer gets the job again.
 */
export const reviews = sqliteTable(
  "reviews",
  {
    id: id(),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    reviewerId: integer("reviewer_id")
      .notNull()
      .references(() => users.id),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => sourceRevisions.id),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    outcome: text("outcome", { enum: REVIEW_OUTCOMES }),
    /** How many times this reviewer sent segments back to the translator. */
    changeRequests: integer("change_requests").notNull().default(0),
    /** Sum of the severity weights of the rejections made in this review (minor 1, major 5, critical 10). */
    penaltyPoints: integer("penalty_points").notNull().default(0),
    /** Words of the revision reviewed: the score's denominator. */
    wordCount: integer("word_count").notNull().default(0),
    /** Penalty points per 1,000 words, set when the review ends with an approval. */
    score: real("score"),
  },
  (t) => [
    index("reviews_job_idx").on(t.jobId, t.startedAt),
    index("reviews_reviewer_idx").on(t.reviewerId, t.startedAt),
    // A job has at most one review going on.
    uniqueIndex("reviews_one_open_per_job")
      .on(t.jobId)
      .where(sql`${t.finishedAt} is null`),
    check("reviews_outcome_check", sql.raw(`"outcome" is null or "outcome" in ${sqlList(REVIEW_OUTCOMES)}`)),
    check("reviews_finished_with_outcome", sql`(${t.finishedAt} is null) = (${t.outcome} is null)`),
    check("reviews_counts_non_negative", sql`${t.penaltyPoints} >= 0 and ${t.wordCount} >= 0 and ${t.changeRequests} >= 0`),
  ],
);

export type Job = typeof jobs.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type SegmentTranslation = typeof segmentTranslations.$inferSelect;
export type SegmentTranslationHistory = typeof segmentTranslationHistory.$inferSelect;
export type Comment = typeof comments.$inferSelect;
