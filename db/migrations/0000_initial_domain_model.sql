CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`source_language` text NOT NULL,
	`region` text,
	`sdg_goals` text DEFAULT '[]' NOT NULL,
	`topics` text DEFAULT '[]' NOT NULL,
	`current_revision_id` integer,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`current_revision_id`) REFERENCES `source_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "articles_slug_format" CHECK("articles"."slug" glob '[a-z0-9]*' and "articles"."slug" not glob '*[^a-z0-9-]*'),
	CONSTRAINT "articles_title_length" CHECK(length(trim("articles"."title")) between 1 and 300)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer,
	`data` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_actor_idx` ON `audit_events` (`actor_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_subject_idx` ON `audit_events` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`segment_id` integer,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`category` text,
	`severity` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "comments_body_length" CHECK(length(trim("comments"."body")) between 1 and 5000),
	CONSTRAINT "comments_category_check" CHECK("category" is null or "category" in ('accuracy', 'fluency', 'terminology', 'style', 'tags_markup', 'locale_convention')),
	CONSTRAINT "comments_severity_check" CHECK("severity" is null or "severity" in ('minor', 'major', 'critical')),
	CONSTRAINT "comments_category_with_severity" CHECK(("comments"."category" is null) = ("comments"."severity" is null))
);
--> statement-breakpoint
CREATE INDEX `comments_job_segment_idx` ON `comments` (`job_id`,`segment_id`);--> statement-breakpoint
CREATE TABLE `glossary_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_language` text NOT NULL,
	`target_language` text NOT NULL,
	`term` text NOT NULL,
	`translation` text NOT NULL,
	`part_of_speech` text,
	`note` text,
	`forbidden` text DEFAULT '[]' NOT NULL,
	`case_sensitive` integer DEFAULT false NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "glossary_terms_term_length" CHECK(length(trim("glossary_terms"."term")) between 1 and 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `glossary_terms_pair_term_unique` ON `glossary_terms` (`source_language`,`target_language`,`term`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`target_language` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`revision_id` integer NOT NULL,
	`assignee_id` integer,
	`claimed_at` integer,
	`due_at` integer,
	`claim_extended` integer DEFAULT false NOT NULL,
	`reserved_for_id` integer,
	`reserved_until` integer,
	`reviewer_id` integer,
	`submitted_at` integer,
	`approved_at` integer,
	`review_score` integer,
	`published_revision_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`revision_id`) REFERENCES `source_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reserved_for_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_revision_id`) REFERENCES `source_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "jobs_status_check" CHECK("status" in ('open', 'in_progress', 'in_review', 'approved', 'published')),
	CONSTRAINT "jobs_assignee_matches_status" CHECK(("jobs"."status" = 'open' and "jobs"."assignee_id" is null and "jobs"."due_at" is null) or ("jobs"."status" <> 'open' and "jobs"."assignee_id" is not null)),
	CONSTRAINT "jobs_version_positive" CHECK("jobs"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_article_language_unique` ON `jobs` (`article_id`,`target_language`);--> statement-breakpoint
CREATE INDEX `jobs_status_language_idx` ON `jobs` (`status`,`target_language`);--> statement-breakpoint
CREATE INDEX `jobs_assignee_idx` ON `jobs` (`assignee_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`read_at` integer,
	`emailed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_unread_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`html` text NOT NULL,
	`credit_line` text NOT NULL,
	`published_by_id` integer NOT NULL,
	`published_at` integer NOT NULL,
	`unpublished_at` integer,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`revision_id`) REFERENCES `source_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `publications_job_idx` ON `publications` (`job_id`,`published_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `publications_one_live_per_job` ON `publications` (`job_id`) WHERE "publications"."unpublished_at" is null;--> statement-breakpoint
CREATE TABLE `segment_translation_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`translation_id` integer NOT NULL,
	`author_id` integer,
	`text` text NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`translation_id`) REFERENCES `segment_translations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "segment_translation_history_status_check" CHECK("status" in ('empty', 'draft', 'translated', 'approved', 'rejected', 'outdated'))
);
--> statement-breakpoint
CREATE INDEX `segment_translation_history_translation_idx` ON `segment_translation_history` (`translation_id`,`version`);--> statement-breakpoint
CREATE TABLE `segment_translations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`segment_id` integer NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'empty' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`last_author_id` integer,
	`dismissed_warnings` text DEFAULT '[]' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`last_author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "segment_translations_status_check" CHECK("status" in ('empty', 'draft', 'translated', 'approved', 'rejected', 'outdated')),
	CONSTRAINT "segment_translations_empty_has_no_text" CHECK("segment_translations"."status" <> 'empty' or "segment_translations"."text" = ''),
	CONSTRAINT "segment_translations_version_positive" CHECK("segment_translations"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `segment_translations_job_segment_unique` ON `segment_translations` (`job_id`,`segment_id`);--> statement-breakpoint
CREATE TABLE `segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`position` integer NOT NULL,
	`block_index` integer NOT NULL,
	`block_kind` text NOT NULL,
	`source_text` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`source_hash` text NOT NULL,
	`word_count` integer NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `source_revisions`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "segments_block_kind_check" CHECK("block_kind" in ('heading', 'paragraph', 'list_item', 'quote', 'caption', 'table_cell', 'image_alt')),
	CONSTRAINT "segments_word_count_check" CHECK("segments"."word_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `segments_revision_position_unique` ON `segments` (`revision_id`,`position`);--> statement-breakpoint
CREATE INDEX `segments_source_hash_idx` ON `segments` (`source_hash`);--> statement-breakpoint
CREATE TABLE `source_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`number` integer NOT NULL,
	`format` text NOT NULL,
	`content` text NOT NULL,
	`content_hash` text NOT NULL,
	`import_warnings` text DEFAULT '[]' NOT NULL,
	`imported_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "source_revisions_format_check" CHECK("format" in ('markdown', 'html')),
	CONSTRAINT "source_revisions_number_positive" CHECK("source_revisions"."number" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_revisions_article_number_unique` ON `source_revisions` (`article_id`,`number`);--> statement-breakpoint
CREATE TABLE `tm_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_language` text NOT NULL,
	`target_language` text NOT NULL,
	`source_text` text NOT NULL,
	`target_text` text NOT NULL,
	`source_hash` text NOT NULL,
	`origin` text NOT NULL,
	`article_id` integer,
	`job_id` integer,
	`translator_id` integer,
	`origin_note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`translator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tm_units_origin_check" CHECK("origin" in ('approved_segment', 'tmx_import'))
);
--> statement-breakpoint
CREATE INDEX `tm_units_pair_hash_idx` ON `tm_units` (`source_language`,`target_language`,`source_hash`);--> statement-breakpoint
CREATE TABLE `user_languages` (
	`user_id` integer NOT NULL,
	`language` text NOT NULL,
	`skill` text NOT NULL,
	PRIMARY KEY(`user_id`, `language`, `skill`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "user_languages_skill_check" CHECK("skill" in ('translate', 'review'))
);
--> statement-breakpoint
CREATE INDEX `user_languages_language_idx` ON `user_languages` (`language`,`skill`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'volunteer' NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`ui_language` text,
	`public_profile` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "users_role_check" CHECK("role" in ('volunteer', 'reviewer', 'editor', 'admin')),
	CONSTRAINT "users_email_lowercase" CHECK("users"."email" = lower(trim("users"."email")) and length("users"."email") between 3 and 254),
	CONSTRAINT "users_display_name_length" CHECK(length(trim("users"."display_name")) between 1 and 100),
	CONSTRAINT "users_session_version_positive" CHECK("users"."session_version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);