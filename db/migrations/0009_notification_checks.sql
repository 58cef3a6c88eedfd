PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`dedupe_key` text,
	`read_at` integer,
	`email_state` text DEFAULT 'none' NOT NULL,
	`email_attempts` integer DEFAULT 0 NOT NULL,
	`emailed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('claim-expiring', 'changes-requested', 'job-approved', 'article-published', 'source-updated', 'open-jobs-digest')),
	CONSTRAINT "notifications_email_state_check" CHECK("email_state" in ('none', 'pending', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "user_id", "kind", "payload", "dedupe_key", "read_at", "email_state", "email_attempts", "emailed_at", "created_at") SELECT "id", "user_id", "kind", "payload", "dedupe_key", "read_at", "email_state", "email_attempts", "emailed_at", "created_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `notifications_user_unread_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE INDEX `notifications_user_created_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_user_dedupe_unique` ON `notifications` (`user_id`,`dedupe_key`) WHERE "notifications"."dedupe_key" is not null;--> statement-breakpoint
CREATE INDEX `notifications_email_pending_idx` ON `notifications` (`email_state`) WHERE "notifications"."email_state" in ('pending', 'sending');