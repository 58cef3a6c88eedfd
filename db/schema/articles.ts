// Articles, their immutable source revisions and the segments each revision is split into.
import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { BLOCK_KINDS, SOURCE_FORMATS } from "../enums";
import type { ImportWarning, InlineTag } from "../json-shapes";
import { id, createdAt, oneOf } from "./columns";
import { users } from "./users";

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
      .$type<ImportWarning[]>()
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
    /**
     * The segment of the previous revision this one continues (same or similar text), so its
     * translations follow it and an outdated one can show the old source beside the new.
     */
    previousSegmentId: integer("previous_segment_id").references((): AnySQLiteColumn => segments.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    uniqueIndex("segments_revision_position_unique").on(t.revisionId, t.position),
    index("segments_source_hash_idx").on(t.sourceHash),
    index("segments_previous_segment_idx").on(t.previousSegmentId),
    check("segments_block_kind_check", oneOf("block_kind", BLOCK_KINDS)),
    check("segments_word_count_check", sql`${t.wordCount} >= 0`),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type SourceRevision = typeof sourceRevisions.$inferSelect;
export type Segment = typeof segments.$inferSelect;
export type NewSegment = typeof segments.$inferInsert;
