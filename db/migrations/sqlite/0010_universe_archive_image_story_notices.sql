ALTER TABLE `notifications` ADD `story_id` text REFERENCES stories(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `topics` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `universes` ADD `image_asset_id` text REFERENCES assets(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `universes` ADD `archived_at` integer;
