// The whole domain model (docs/architecture.md, "Domain model") as one drizzle schema.
// drizzle-kit turns it into the SQL migrations in db/migrations; never edit those by hand.
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  BLOCK_KINDS,
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  JOB_STATUSES,
  LANGUAGE_SKILLS,
  ROLES,
  SEGMENT_STATUSES,
  SOURCE_FORMATS,
  TM_ORIGINS,
  sqlList,
} from "./enums";

const id = () => integer("id").primaryKey({ autoIncrement: true });
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
const oneOf = (column: string, values: readonly string[]) => sql.raw(`"${column}" in ${sqlList(values)}`);
const bool = (name: string) => integer(name, { mode: "boolean" });

export const users = sqliteTable(
  "users",
  {
    id: id(),
    /** Stored trimmed and lower-cased (lib/auth normalizes), so the unique index is case-insensitive. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull().default("volunteer"),
    /** Bumped on role, password or disable: every JWT carrying an older value is refused. */
    sessionVersion: integer("session_version").notNull().default(1),
    disabled: bool("disabled").notNull().default(false),
    /** UI language the user last chose; used for e-mail and as a default when no cookie is set. */
    uiLanguage: text("ui_language"),
    publicProfile: bool("public_profile").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    check("users_role_check", oneOf("role", ROLES)),
    check("users_email_lowercase", sql`${t.email} = lower(trim(${t.email})) and length(${t.email}) between 3 and 254`),
    check("users_display_name_length", sql`length(trim(${t.displayName})) between 1 and 100`),
    check("users_session_version_positive", sql`${t.sessionVersion} >= 1`),
  ],
);

export const userLanguages = sqliteTable(
  "user_languages",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** BCP 47 code of a content language, e.g. "es" or "pt-BR". */
    language: text("language").notNull(),
    skill: text("skill", { enum: LANGUAGE_SKILLS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.language, t.skill] }),
    index("user_languages_language_idx").on(t.language, t.skill),
    check("user_languages_skill_check", oneOf("skill", LANGUAGE_SKILLS)),
  ],
);

export const articles = sqliteTable(
  "articles",
  {
    id: id(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    sourceLanguage: text("source_language").notNull(),
    /** Geographic region the article is about, e.g. "Latin America and the Caribbean". */
    region: text("region"),
    /** Sustainable Development Goal numbers (1..17) as a JSON array. */
    sdgGoals: text("sdg_goals", { mode: "json" })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    topics: text("topics", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    currentRevisionId: integer("current_revision_id").references((): AnySQLiteColumn => sourceRevisions.id),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("articles_slug_unique").on(t.slug),
    check("articles_slug_format", sql`${t.slug} glob '[a-z0-9]*' and ${t.slug} not glob '*[^a-z0-9-]*'`),
    check("articles_title_length", sql`length(trim(${t.title})) between 1 and 300`),
  ],
);

/** The Markdown or HTML exactly as imported. Immutable: a re-import adds a revision. */
export const sourceRevisions = sqliteTable(
  "source_revisions",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    format: text("format", { enum: SOURCE_FORMATS }).notNull(),
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    /** What the importer dropped (unknown or unsafe HTML), so nothing is lost silently. */
    importWarnings: text("import_warnings", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    importedById: integer("imported_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("source_revisions_article_number_unique").on(t.articleId, t.number),
    check("source_revisions_format_check", oneOf("format", SOURCE_FORMATS)),
    check("source_revisions_number_positive", sql`${t.number} >= 1`),
  ],
);

/** One inline tag of a segment: `<1>…</1>` or `<2/>`, with the markup it stands for. */
export type InlineTag = { id: number; kind: string; attrs?: Record<string, string> };

export const segments = sqliteTable(
  "segments",
  {
    id: id(),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => sourceRevisions.id, { onDelete: "cascade" }),
    /** Order in the document, 0-based. */
    position: integer("position").notNull(),
    /** Which block of the document the segment belongs to; several sentences share a block. */
    blockIndex: integer("block_index").notNull(),
    blockKind: text("block_kind", { enum: BLOCK_KINDS }).notNull(),
    /** Source text with numbered inline placeholder tags. */
    sourceText: text("source_text").notNull(),
    tags: text("tags", { mode: "json" })
      .$type<InlineTag[]>()
      .notNull()
      .default(sql`'[]'`),
    /** sha256 of the source text: finds unchanged segments across revisions and TM repetitions. */
    sourceHash: text("source_hash").notNull(),
    wordCount: integer("word_count").notNull(),
  },
  (t) => [
    uniqueIndex("segments_revision_position_unique").on(t.revisionId, t.position),
    index("segments_source_hash_idx").on(t.sourceHash),
    check("segments_block_kind_check", oneOf("block_kind", BLOCK_KINDS)),
    check("segments_word_count_check", sql`${t.wordCount} >= 0`),
  ],
);

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
    /** Penalty points per 1,000 words from the last review. */
    reviewScore: integer("review_score"),
    publishedRevisionId: integer("published_revision_id").references(() => sourceRevisions.id),
    /** Optimistic locking: every state change checks and bumps it. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
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
    /** QA warnings the translator dismissed, with their reasons (JSON), shown to the reviewer. */
    dismissedWarnings: text("dismissed_warnings", { mode: "json" })
      .$type<{ check: string; reason: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
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

export const tmUnits = sqliteTable(
  "tm_units",
  {
    id: id(),
    sourceLanguage: text("source_language").notNull(),
    targetLanguage: text("target_language").notNull(),
    sourceText: text("source_text").notNull(),
    targetText: text("target_text").notNull(),
    sourceHash: text("source_hash").notNull(),
    origin: text("origin", { enum: TM_ORIGINS }).notNull(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    jobId: integer("job_id").references(() => jobs.id, { onDelete: "set null" }),
    translatorId: integer("translator_id").references(() => users.id, { onDelete: "set null" }),
    /** For imported units: the file or organisation they came from. */
    originNote: text("origin_note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("tm_units_pair_hash_idx").on(t.sourceLanguage, t.targetLanguage, t.sourceHash),
    check("tm_units_origin_check", oneOf("origin", TM_ORIGINS)),
  ],
);

export const glossaryTerms = sqliteTable(
  "glossary_terms",
  {
    id: id(),
    sourceLanguage: text("source_language").notNull(),
    targetLanguage: text("target_language").notNull(),
    term: text("term").notNull(),
    translation: text("translation").notNull(),
    partOfSpeech: text("part_of_speech"),
    note: text("note"),
    /** Translations that must not be used for this term (JSON array). */
    forbidden: text("forbidden", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    caseSensitive: bool("case_sensitive").notNull().default(false),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("glossary_terms_pair_term_unique").on(t.sourceLanguage, t.targetLanguage, t.term),
    check("glossary_terms_term_length", sql`length(trim(${t.term})) between 1 and 200`),
  ],
);

export const publications = sqliteTable(
  "publications",
  {
    id: id(),
    jobId: integer("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => sourceRevisions.id),
    html: text("html").notNull(),
    creditLine: text("credit_line").notNull(),
    publishedById: integer("published_by_id")
      .notNull()
      .references(() => users.id),
    publishedAt: integer("published_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    unpublishedAt: integer("unpublished_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("publications_job_idx").on(t.jobId, t.publishedAt),
    // At most one live publication per job.
    uniqueIndex("publications_one_live_per_job")
      .on(t.jobId)
      .where(sql`${t.unpublishedAt} is null`),
  ],
);

/** Append-only log of who did what, for administrators. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    // The log outlives the account: a deleted user's events stay, without the link.
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: integer("subject_id"),
    data: text("data", { mode: "json" })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_actor_idx").on(t.actorId, t.createdAt),
    index("audit_events_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** Everything needed to render the notification in the reader's language later. */
    payload: text("payload", { mode: "json" })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_unread_idx").on(t.userId, t.readAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserLanguage = typeof userLanguages.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type SourceRevision = typeof sourceRevisions.$inferSelect;
export type Segment = typeof segments.$inferSelect;
export type NewSegment = typeof segments.$inferInsert;
export type Job = typeof jobs.$inferSelect;
export type SegmentTranslation = typeof segmentTranslations.$inferSelect;
export type SegmentTranslationHistory = typeof segmentTranslationHistory.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type TmUnit = typeof tmUnits.$inferSelect;
export type GlossaryTerm = typeof glossaryTerms.$inferSelect;
export type Publication = typeof publications.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
