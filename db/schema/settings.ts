// Settings administrators change at run time (claim limits, languages offered), and the counters
// behind the abuse limits. Both outlive a restart, so neither a deploy nor a crash resets them.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/**
 * One row per setting; lib/admin/settings.ts validates every value with zod when it is written and
 * again when it is read, and falls back to the environment's default when a row is absent.
 */
export const appSettings = sqliteTable(
  "app_settings",
  {
    key: text("key").primaryKey(),
    value: text("value", { mode: "json" }).$type<unknown>().notNull(),
    updatedById: integer("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [check("app_settings_key_length", sql`length(${t.key}) between 1 and 64`)],
);

/**
 * A sliding-window log of limited events (failed sign-ins per account and per address, sign-ups
 * per address): lib/auth/rate-limit.ts counts a key's rows newer than the window and prunes older ones.
 */
export const rateLimitEvents = sqliteTable(
  "rate_limit_events",
  {
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("rate_limit_events_key_at_idx").on(t.key, t.at)],
);

export type AppSetting = typeof appSettings.$inferSelect;
