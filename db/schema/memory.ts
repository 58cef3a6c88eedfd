// Translation memory units and glossary terms, per language pair.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { TM_ORIGINS } from "../enums";
import { id, createdAt, oneOf, bool } from "./columns";
import { users } from "./users";
import { articles } from "./articles";
import { jobs } from "./work";

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

export type TmUnit = typeof tmUnits.$inferSelect;
export type GlossaryTerm = typeof glossaryTerms.$inferSelect;
