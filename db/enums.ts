// The closed vocabularies stored in the database. The schema turns each into a CHECK constraint,
// so a bad value is refused by SQLite itself, not only by TypeScript.

/** Ordered from least to most privileged: `volunteer` < `reviewer` < `editor` < `admin`. */
export const ROLES = ["volunteer", "reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What a user does in a language: translate into it, or review translations into it. */
export const LANGUAGE_SKILLS = ["translate", "review"] as const;
export type LanguageSkill = (typeof LANGUAGE_SKILLS)[number];

export const SOURCE_FORMATS = ["markdown", "html"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const BLOCK_KINDS = [
  "heading",
  "paragraph",
  "list_item",
  "quote",
  "caption",
  "table_cell",
  "image_alt",
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Job states of the workflow (docs/architecture.md, "Job states"). */
export const JOB_STATUSES = ["open", "in_progress", "in_review", "approved", "published"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const SEGMENT_STATUSES = ["empty", "draft", "translated", "approved", "rejected", "outdated"] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** Review error categories (MQM-style, see ../research/workflow-anchors.md). */
export const ERROR_CATEGORIES = [
  "accuracy",
  "fluency",
  "terminology",
  "style",
  "tags_markup",
  "locale_convention",
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export const ERROR_SEVERITIES = ["minor", "major", "critical"] as const;
export type ErrorSeverity = (typeof ERROR_SEVERITIES)[number];

/** How a reviewer's turn on a job ended: approved it, gave it back, or a source update replaced it. */
export const REVIEW_OUTCOMES = ["approved", "released", "superseded"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * Where a translation memory unit comes from: a segment translation confirmed in Tandem (it follows
 * that translation until the source changes), or a TMX file imported by an editor.
 */
export const TM_ORIGINS = ["segment", "tmx_import"] as const;
export type TmOrigin = (typeof TM_ORIGINS)[number];

/**
 * What a person can be told about (docs/architecture.md, "Notifications"). Each user chooses, per
 * kind, whether it shows in the app and whether it is e-mailed; the digest is opt-in.
 */
export const NOTIFICATION_KINDS = [
  "claim-expiring",
  "changes-requested",
  "job-approved",
  "article-published",
  "source-updated",
  "open-jobs-digest",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A notification's e-mail: not wanted, waiting for the sender, taken by one server process (so two
 * processes never send it twice), sent, or given up after repeated failures.
 */
export const EMAIL_STATES = ["none", "pending", "sending", "sent", "failed"] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/** What a personal access token may do through /api/v1: read only, or read and write. */
export const API_TOKEN_SCOPES = ["read", "write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** SQL list literal for a CHECK constraint: ('a', 'b'). Values are our own constants, never user input. */
export function sqlList(values: readonly string[]): string {
  return `(${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ")})`;
}
