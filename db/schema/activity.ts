// What happened and who should hear of it: the audit log and notifications.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { EMAIL_STATES, NOTIFICATION_KINDS } from "../enums";
import { bool, createdAt, id, oneOf } from "./columns";
import { users } from "./users";

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
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Everything needed to render the notification in the reader's language later. */
    payload: text("payload", { mode: "json" })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
    /**
     * Set when the same event must not notify twice (e.g. "claim of job 7 due at T is expiring", or
     * one digest per day), however many server processes or sweeps notice it.
     */
    dedupeKey: text("dedupe_key"),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    emailState: text("email_state", { enum: EMAIL_STATES }).notNull().default("none"),
    emailAttempts: integer("email_attempts").notNull().default(0),
    emailedAt: integer("emailed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_unread_idx").on(t.userId, t.readAt),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    uniqueIndex("notifications_user_dedupe_unique")
      .on(t.userId, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
    index("notifications_email_pending_idx")
      .on(t.emailState)
      .where(sql`${t.emailState} in ('pending', 'sending')`),
    check("notifications_kind_check", oneOf("kind", NOTIFICATION_KINDS)),
    check("notifications_email_state_check", oneOf("email_state", EMAIL_STATES)),
  ],
);

/** A person's choice for one kind of notification; a kind without a row uses its default. */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    inApp: bool("in_app").notNull(),
    email: bool("email").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check("notification_preferences_kind_check", oneOf("kind", NOTIFICATION_KINDS)),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type NotificationPreference = typeof notificationPreferences.$inferSelect;
