-- An interview taken offline keeps no public revision or schedule, so going through review
-- again cannot bring its old text back online (only a new publication does).
UPDATE interviews SET published_revision_id = NULL, publish_at = NULL, unpublish_at = NULL WHERE status IN ('unpublished', 'archived');
