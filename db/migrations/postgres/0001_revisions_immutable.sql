-- Revisions are snapshots: their content never changes after insert. Author and social
-- image may still be nulled by ON DELETE SET NULL, so only content columns are guarded.
CREATE FUNCTION "revisions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'revisions are immutable';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "revisions_immutable" BEFORE UPDATE OF "interview_id", "story_id", "number", "kind", "title", "teaser", "body", "seo_title", "seo_description", "cta_label", "cta_url", "created_at" ON "revisions"
	FOR EACH ROW EXECUTE FUNCTION "revisions_immutable"();
