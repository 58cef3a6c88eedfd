// Translation memory units and glossary terms, per language pair.
// The memory's full-text index (`tm_unit_terms`, an FTS5 table) lives beside these tables; drizzle
// cannot express it, so it is created by a hand-written migration (db/migrations, "tm_search_index").
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { TM_ORIGINS } from "../enums";
import { id, createdAt, updatedAt, oneOf, bool } from "./columns";
import { users } from "./users";
import { articles } from "./articles";
import { jobs, segmentTranslations } from "./work";

/**
 * A source and target language. Its small integer id is part of every index key of the memory, so a
 * lookup reads only its own pair's entries.
 */
export const tmPairs = sqliteTable(
  "tm_pairs",
  {
    id: id(),
    sourceLanguage: text("source_language").notNull(),
    targetLanguage: text("target_language").notNull(),
  },
  (t) => [
    uniqueIndex("tm_pairs_languages_unique").on(t.sourceLanguage, t.targetLanguage),
    // The index key packs the pair id into 11 bits (lib/memory/unit-keys.ts).
    check("tm_pairs_id_range", sql`${t.id} between 1 and 2047`),
  ],
);

export const tmUnits = sqliteTable(
  "tm_units",
  {
    id: id(),
    pairId: integer("pair_id")
      .notNull()
      .references(() => tmPairs.id),
    sourceLanguage: text("source_language").notNull(),
    targetLanguage: text("target_language").notNull(),
    /** Tagged text, as segments store it: `See the <1>report</1>.` */
    sourceText: text("source_text").notNull(),
    targetText: text("target_text").notNull(),
    /** Hash of the source's match text (lib/memory/normalize.ts): finds exact matches. */
    sourceHash: text("source_hash").notNull(),
    /** Length of the source's match text: fuzzy lookups read only units of a plausible length. */
    matchLength: integer("match_length").notNull(),
    /** Hash of the previous and next source sentences: the same sentence in the same place is a 101% match. */
    contextHash: text("context_hash"),
    origin: text("origin", { enum: TM_ORIGINS }).notNull(),
    /** The confirmed translation this unit mirrors; null once the source changed (or for imports). */
    translationId: integer("translation_id").references(() => segmentTranslations.id, { onDelete: "set null" }),
    /** Approved by a reviewer (or imported); confirmed translations not reviewed yet rank below. */
    reviewed: bool("reviewed").notNull().default(false),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    jobId: integer("job_id").references(() => jobs.id, { onDelete: "set null" }),
    /** Who wrote the target text. */
    translatorId: integer("translator_id").references(() => users.id, { onDelete: "set null" }),
    /** For imported units: the file or organisation they came from. */
    originNote: text("origin_note"),
    /**
     * For imported units: the native code of each inline tag as the TMX file had it (the content of
     * its bpt/ept/ph/it/ut), keyed like `source:1:open` / `target:2:self`, so an export gives CAT
     * tools their formatting back. Units from Tandem's own translations take theirs from the segment.
     */
    inlineCodes: text("inline_codes", { mode: "json" }).$type<Record<string, string>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("tm_units_pair_source_idx").on(t.pairId, t.sourceHash),
    uniqueIndex("tm_units_translation_unique").on(t.translationId),
    check("tm_units_origin_check", oneOf("origin", TM_ORIGINS)),
    // The index key packs the unit id into 31 bits and the length into 11 (lib/memory/unit-keys.ts).
    check("tm_units_id_range", sql`${t.id} < 2147483648`),
    check("tm_units_match_length", sql`${t.matchLength} >= 0`),
  ],
);

/**
 * How many units of a pair contain each index term: a lookup reads the rarest terms of its query
 * first, and skips the ones so common that reading them would cost more than they tell.
 */
export const tmTerms = sqliteTable(
  "tm_terms",
  {
    pairId: integer("pair_id")
      .notNull()
      .references(() => tmPairs.id),
    term: text("term").notNull(),
    units: integer("units").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pairId, t.term] })],
);

/**
 * How many units of a pair have each match-text length (capped like index keys): a lookup estimates
 * how many entries of a term fall in its window of lengths before deciding to read them.
 */
export const tmLengths = sqliteTable(
  "tm_lengths",
  {
    pairId: integer("pair_id")
      .notNull()
      .references(() => tmPairs.id),
    length: integer("length").notNull(),
    units: integer("units").notNull(),
  },
  (t) => [primaryKey({ columns: [t.pairId, t.length] })],
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

export type TmPair = typeof tmPairs.$inferSelect;
export type TmUnit = typeof tmUnits.$inferSelect;
export type NewTmUnit = typeof tmUnits.$inferInsert;
export type GlossaryTerm = typeof glossaryTerms.$inferSelect;
