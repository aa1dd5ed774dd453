-- Revisions are snapshots: their content never changes after insert. Author and social
-- image may still be nulled by ON DELETE SET NULL, so only content columns are guarded.
CREATE TRIGGER `revisions_immutable` BEFORE UPDATE OF `interview_id`, `story_id`, `number`, `kind`, `title`, `teaser`, `body`, `seo_title`, `seo_description`, `cta_label`, `cta_url`, `created_at` ON `revisions`
BEGIN
	SELECT RAISE(ABORT, 'revisions are immutable');
END;
