CREATE TABLE `tm_lengths` (
	`pair_id` integer NOT NULL,
	`length` integer NOT NULL,
	`units` integer NOT NULL,
	PRIMARY KEY(`pair_id`, `length`),
	FOREIGN KEY (`pair_id`) REFERENCES `tm_pairs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tm_pairs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_language` text NOT NULL,
	`target_language` text NOT NULL,
	CONSTRAINT "tm_pairs_id_range" CHECK("tm_pairs"."id" between 1 and 2047)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tm_pairs_languages_unique` ON `tm_pairs` (`source_language`,`target_language`);--> statement-breakpoint
CREATE TABLE `tm_terms` (
	`pair_id` integer NOT NULL,
	`term` text NOT NULL,
	`units` integer NOT NULL,
	PRIMARY KEY(`pair_id`, `term`),
	FOREIGN KEY (`pair_id`) REFERENCES `tm_pairs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tm_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pair_id` integer NOT NULL,
	`source_language` text NOT NULL,
	`target_language` text NOT NULL,
	`source_text` text NOT NULL,
	`target_text` text NOT NULL,
	`source_hash` text NOT NULL,
	`match_length` integer NOT NULL,
	`context_hash` text,
	`origin` text NOT NULL,
	`translation_id` integer,
	`reviewed` integer DEFAULT false NOT NULL,
	`article_id` integer,
	`job_id` integer,
	`translator_id` integer,
	`origin_note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`pair_id`) REFERENCES `tm_pairs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`translation_id`) REFERENCES `segment_translations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`translator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tm_units_origin_check" CHECK("origin" in ('segment', 'tmx_import')),
	CONSTRAINT "tm_units_id_range" CHECK("tm_units"."id" < 2147483648),
	CONSTRAINT "tm_units_match_length" CHECK("tm_units"."match_length" >= 0)
);
--> statement-breakpoint
CREATE INDEX `tm_units_pair_source_idx` ON `tm_units` (`pair_id`,`source_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `tm_units_translation_unique` ON `tm_units` (`translation_id`);