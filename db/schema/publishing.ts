// Published translations.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id } from "./columns";
import { users } from "./users";
import { sourceRevisions } from "./articles";
import { jobs } from "./work";

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
    /** The article's title in the target language (its first heading's translation, or the source title). */
    // The default only lets the column be added to an existing table; every publication sets it.
    title: text("title").notNull().default(""),
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

export type Publication = typeof publications.$inferSelect;
