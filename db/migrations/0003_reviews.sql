CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`outcome` text,
	`change_requests` integer DEFAULT 0 NOT NULL,
	`penalty_points` integer DEFAULT 0 NOT NULL,
	`word_count` integer DEFAULT 0 NOT NULL,
	`score` real,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `source_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reviews_outcome_check" CHECK("outcome" is null or "outcome" in ('approved', 'released', 'superseded')),
	CONSTRAINT "reviews_finished_with_outcome" CHECK(("reviews"."finished_at" is null) = ("reviews"."outcome" is null)),
	CONSTRAINT "reviews_counts_non_negative" CHECK("reviews"."penalty_points" >= 0 and "reviews"."word_count" >= 0 and "reviews"."change_requests" >= 0)
);
--> statement-breakpoint
CREATE INDEX `reviews_job_idx` ON `reviews` (`job_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_idx` ON `reviews` (`reviewer_id`,`started_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_one_open_per_job` ON `reviews` (`job_id`) WHERE "reviews"."finished_at" is null;--> statement-breakpoint
ALTER TABLE `publications` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `jobs` DROP COLUMN `review_score`;