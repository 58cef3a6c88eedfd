// Accounts and the languages each person works in.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { API_TOKEN_SCOPES, LANGUAGE_SKILLS, ROLES } from "../enums";
import { id, createdAt, updatedAt, oneOf, bool } from "./columns";

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
    updatedAt: updatedAt(),
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

/**
 * Personal access tokens for the JSON API (/api/v1). Only a SHA-256 hash of the token is kept (the
 * token is 32 random bytes, so a fast hash is enough); the person sees the token once, at creation.
 */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, to tell tokens apart in the settings list. */
    prefix: text("prefix").notNull(),
    scope: text("scope", { enum: API_TOKEN_SCOPES }).notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_unique").on(t.tokenHash),
    index("api_tokens_user_idx").on(t.userId),
    check("api_tokens_scope_check", oneOf("scope", API_TOKEN_SCOPES)),
    check("api_tokens_name_length", sql`length(trim(${t.name})) between 1 and 100`),
  ],
);

export type User = typeof users.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserLanguage = typeof userLanguages.$inferSelect;
