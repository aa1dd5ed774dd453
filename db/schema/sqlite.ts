import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import type {
  AssetVariant,
  AuditDetails,
  ContentStatus,
  LocalizedText,
  NotificationKind,
  ReviewEventKind,
  RevisionKind,
  Role,
} from "./types";
import type { TiptapDoc } from "@/lib/content/schema";
// Relative, not "@/": drizzle-kit loads this file too.
import { newId } from "../../lib/ids";

// This file types the code; db/schema/postgres.ts mirrors it column for column and
// db/schema/parity.test.ts fails when the two drift apart.
// IDs and timestamps are produced by the application ($defaultFn), not by SQL defaults,
// so both dialects behave the same and rows can be created before they are inserted.

const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(newId);
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date());
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });
const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>();
const bool = (name: string) => integer(name, { mode: "boolean" });

export const settings = sqliteTable("settings", {
  id: text("id").primaryKey(),
  companyName: text("company_name").notNull(),
  tagline: json<LocalizedText>("tagline").notNull(),
  logoAssetId: text("logo_asset_id").references((): AnySQLiteColumn => assets.id, { onDelete: "set null" }),
  accentColor: text("accent_color").notNull(),
  defaultJobsUrl: text("default_jobs_url").notNull(),
  locales: json<string[]>("locales").notNull(),
  defaultLocale: text("default_locale").notNull(),
  timeZone: text("time_zone").notNull(),
  imprintUrl: text("imprint_url"),
  privacyUrl: text("privacy_url"),
  requireTwoFactor: bool("require_two_factor").notNull().default(false),
  updatedAt: updatedAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<Role>().notNull(),
    passwordHash: text("password_hash"),
    disabled: bool("disabled").notNull().default(false),
    tokenVersion: integer("token_version").notNull().default(0),
    /** The TOTP secret, encrypted (lib/two-factor/secret-box.ts); set while enrolling and after. */
    totpSecret: text("totp_secret"),
    /** Set once a first code confirmed the enrolment: from then on sign-in asks for a code. */
    totpEnabledAt: timestamp("totp_enabled_at"),
    /** The time step of the last accepted code, so a code works only once. */
    totpLastStep: integer("totp_last_step"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/**
 * One-time links that let a user set a password: an admin's invitation or a reset. Only a
 * hash of the token is stored; a link works once, until it expires.
 */
/**
 * One row per signed-in browser: the JWT carries its id. It makes the idle timeout work
 * (RSC requests cannot refresh the cookie, so activity is recorded here) and lets sign-out
 * end a session on the server, not only in the browser.
 */
export const userSessions = sqliteTable(
  "user_sessions",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSeenAt: timestamp("last_seen_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** Single-use codes for signing in without the authenticator app; only hashes are stored. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_code_hash_unique").on(t.codeHash), index("recovery_codes_user_idx").on(t.userId)],
);

export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<"invite" | "reset">().notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_tokens_token_hash_unique").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId)],
);

/**
 * Failed sign-ins per account ("email:…") and per client address ("ip:…"), kept in the
 * database so the throttle holds across restarts and instances.
 */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  blockedUntil: timestamp("blocked_until"),
  updatedAt: updatedAt(),
});

export const assets = sqliteTable(
  "assets",
  {
    id: id(),
    storageKey: text("storage_key").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    variants: json<AssetVariant[]>("variants").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("assets_storage_key_unique").on(t.storageKey)],
);

export const departments = sqliteTable(
  "departments",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: json<LocalizedText>("name").notNull(),
    jobsUrl: text("jobs_url"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("departments_slug_unique").on(t.slug)],
);

export const locations = sqliteTable(
  "locations",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: json<LocalizedText>("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("locations_slug_unique").on(t.slug)],
);

export const series = sqliteTable(
  "series",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: json<LocalizedText>("name").notNull(),
    description: json<LocalizedText>("description").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("series_slug_unique").on(t.slug)],
);

/**
 * Reusable questions for interviews: for one series, or for every interview when the series
 * is empty. The editor offers those of the interview's series and language.
 */
export const questionBank = sqliteTable(
  "question_bank",
  {
    id: id(),
    seriesId: text("series_id").references(() => series.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("question_bank_series_idx").on(t.seriesId, t.locale)],
);

export const people = sqliteTable(
  "people",
  {
    id: id(),
    displayName: text("display_name").notNull(),
    academicTitle: text("academic_title"),
    jobTitle: json<LocalizedText>("job_title").notNull(),
    departmentId: text("department_id").references(() => departments.id, { onDelete: "restrict" }),
    locationId: text("location_id").references(() => locations.id, { onDelete: "restrict" }),
    /** Calendar date (YYYY-MM-DD); tenure is computed from it, never typed. */
    startDate: text("start_date"),
    portraitAssetId: text("portrait_asset_id").references(() => assets.id, { onDelete: "set null" }),
    portraitAlt: json<LocalizedText>("portrait_alt"),
    /** Focal point of the portrait, 0..1 from the left and from the top. */
    portraitFocalX: real("portrait_focal_x").notNull().default(0.5),
    portraitFocalY: real("portrait_focal_y").notNull().default(0.5),
    email: text("email"),
    active: bool("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("people_department_idx").on(t.departmentId), index("people_location_idx").on(t.locationId)],
);

export const interviews = sqliteTable(
  "interviews",
  {
    id: id(),
    locale: text("locale").notNull(),
    /** Shared by an interview and its translations. */
    translationGroupId: text("translation_group_id").notNull(),
    slug: text("slug").notNull(),
    personId: text("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    seriesId: text("series_id").references(() => series.id, { onDelete: "set null" }),
    status: text("status").$type<ContentStatus>().notNull().default("draft"),
    featured: bool("featured").notNull().default(false),
    publishedRevisionId: text("published_revision_id").references((): AnySQLiteColumn => revisions.id, {
      onDelete: "restrict",
    }),
    /** Number of the newest revision; the optimistic-concurrency token of the editor. */
    headRevision: integer("head_revision").notNull().default(0),
    publishAt: timestamp("publish_at"),
    unpublishAt: timestamp("unpublish_at"),
    /** First publication; shown as the interview's date and kept across re-publishing. */
    publishedAt: timestamp("published_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("interviews_locale_slug_unique").on(t.locale, t.slug),
    uniqueIndex("interviews_group_locale_unique").on(t.translationGroupId, t.locale),
    index("interviews_status_idx").on(t.status, t.locale),
    index("interviews_person_idx").on(t.personId),
    index("interviews_series_idx").on(t.seriesId),
  ],
);

/**
 * Folded text of each interview's published revision, person and taxonomy names for the
 * public search (lib/search.ts). Rebuilt whenever a revision is published.
 */
export const searchIndex = sqliteTable(
  "search_index",
  {
    interviewId: text("interview_id")
      .primaryKey()
      .references(() => interviews.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    text: text("text").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index("search_index_locale_idx").on(t.locale)],
);

/** Former slugs of interviews; the public site answers them with a permanent redirect. */
export const interviewRedirects = sqliteTable(
  "interview_redirects",
  {
    id: id(),
    interviewId: text("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    slug: text("slug").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("interview_redirects_locale_slug_unique").on(t.locale, t.slug)],
);

export const universes = sqliteTable(
  "universes",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: json<LocalizedText>("name").notNull(),
    description: json<LocalizedText>("description").notNull(),
    color: text("color").notNull(),
    icon: text("icon"),
    /** A picture for the universe's page and cards, beside or instead of the icon. */
    imageAssetId: text("image_asset_id").references(() => assets.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    /** Archived: off the public site and out of the completeness gate, kept with its stories. */
    archivedAt: timestamp("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("universes_slug_unique").on(t.slug)],
);

export const topics = sqliteTable(
  "topics",
  {
    id: id(),
    slug: text("slug").notNull(),
    title: json<LocalizedText>("title").notNull(),
    framing: json<LocalizedText>("framing").notNull(),
    closingLine: json<LocalizedText>("closing_line"),
    position: integer("position").notNull().default(0),
    /** Set when the topic was released as a whole (every universe's story approved). */
    publishedAt: timestamp("published_at"),
    /** Archived: off the public site and out of the studio's matrix, kept with its stories. */
    archivedAt: timestamp("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("topics_slug_unique").on(t.slug)],
);

export const stories = sqliteTable(
  "stories",
  {
    id: id(),
    topicId: text("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    universeId: text("universe_id")
      .notNull()
      .references(() => universes.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    status: text("status").$type<ContentStatus>().notNull().default("draft"),
    publishedRevisionId: text("published_revision_id").references((): AnySQLiteColumn => revisions.id, {
      onDelete: "restrict",
    }),
    headRevision: integer("head_revision").notNull().default(0),
    personId: text("person_id").references(() => people.id, { onDelete: "set null" }),
    interviewId: text("interview_id").references(() => interviews.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("stories_topic_universe_locale_unique").on(t.topicId, t.universeId, t.locale)],
);

/**
 * Immutable content snapshots of interviews and stories (exactly one of the two owners
 * is set). A database trigger refuses updates; see the custom migration.
 */
export const revisions = sqliteTable(
  "revisions",
  {
    id: id(),
    interviewId: text("interview_id").references((): AnySQLiteColumn => interviews.id, { onDelete: "cascade" }),
    storyId: text("story_id").references((): AnySQLiteColumn => stories.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    kind: text("kind").$type<RevisionKind>().notNull(),
    title: text("title").notNull(),
    teaser: text("teaser").notNull().default(""),
    body: json<TiptapDoc>("body").notNull(),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    ctaLabel: text("cta_label"),
    ctaUrl: text("cta_url"),
    socialImageAssetId: text("social_image_asset_id").references((): AnySQLiteColumn => assets.id, {
      onDelete: "set null",
    }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("revisions_interview_number_unique").on(t.interviewId, t.number),
    uniqueIndex("revisions_story_number_unique").on(t.storyId, t.number),
    check("revisions_one_owner", sql`(${t.interviewId} is null) <> (${t.storyId} is null)`),
  ],
);

export const reviewEvents = sqliteTable(
  "review_events",
  {
    id: id(),
    interviewId: text("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    storyId: text("story_id").references(() => stories.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ReviewEventKind>().notNull(),
    /** The revision an approval or consent was given for. */
    revisionNumber: integer("revision_number"),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Name given by a holder of a preview or consent link (no account). */
    actorName: text("actor_name"),
    message: text("message"),
    /** Anchors a comment to a question-and-answer block. */
    anchorBlockId: text("anchor_block_id"),
    parentId: text("parent_id").references((): AnySQLiteColumn => reviewEvents.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("review_events_interview_idx").on(t.interviewId, t.createdAt),
    index("review_events_story_idx").on(t.storyId, t.createdAt),
    check("review_events_one_owner", sql`(${t.interviewId} is null) <> (${t.storyId} is null)`),
  ],
);

export const previewLinks = sqliteTable(
  "preview_links",
  {
    id: id(),
    tokenHash: text("token_hash").notNull(),
    purpose: text("purpose").$type<"preview" | "consent">().notNull(),
    interviewId: text("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    storyId: text("story_id").references(() => stories.id, { onDelete: "cascade" }),
    /** Null follows the latest draft; set pins the link to one revision. */
    pinnedRevisionId: text("pinned_revision_id").references(() => revisions.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at").notNull(),
    revokedAt: timestamp("revoked_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("preview_links_token_hash_unique").on(t.tokenHash),
    check("preview_links_one_owner", sql`(${t.interviewId} is null) <> (${t.storyId} is null)`),
  ],
);

export const jobs = sqliteTable(
  "jobs",
  {
    id: id(),
    title: json<LocalizedText>("title").notNull(),
    departmentId: text("department_id").references(() => departments.id, { onDelete: "set null" }),
    locationId: text("location_id").references(() => locations.id, { onDelete: "set null" }),
    url: text("url").notNull(),
    open: bool("open").notNull().default(true),
    source: text("source").$type<"manual" | "feed">().notNull().default("manual"),
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("jobs_department_idx").on(t.departmentId),
    uniqueIndex("jobs_source_external_unique").on(t.source, t.externalId),
  ],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    details: json<AuditDetails>("details").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

/**
 * What the studio tells a user: something waits for them or concerns their work (submitted
 * for review, approved, changes requested, a comment, consent withdrawn). Read when opened.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    interviewId: text("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    storyId: text("story_id").references(() => stories.id, { onDelete: "cascade" }),
    /** Who caused it: a user's name, or the name a link holder gave. */
    actorName: text("actor_name"),
    message: text("message"),
    readAt: timestamp("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt)],
);
