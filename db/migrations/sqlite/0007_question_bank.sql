CREATE TABLE `question_bank` (
	`id` text PRIMARY KEY NOT NULL,
	`series_id` text,
	`locale` text NOT NULL,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `question_bank_series_idx` ON `question_bank` (`series_id`,`locale`);