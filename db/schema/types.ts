/** Value types stored in columns, shared by both dialects' schemas. */

export const ROLES = ["admin", "editor", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const CONTENT_STATUSES = ["draft", "in_review", "changes_requested", "approved", "scheduled", "published", "unpublished", "archived"] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export type RevisionKind = "autosave" | "save" | "published";

export type ReviewEventKind = "submit" | "approve" | "request_changes" | "comment" | "consent_given" | "consent_withdrawn";

export const NOTIFICATION_KINDS = ["submitted", "approved", "changes_requested", "comment", "consent_given", "consent_withdrawn"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Text per locale, e.g. { de: "Produktion", en: "Production" }. */
export type LocalizedText = Record<string, string>;

export type AssetVariant = { format: "webp" | "avif"; width: number; height: number; key: string };

export type AuditDetails = Record<string, string | number | boolean | null>;
