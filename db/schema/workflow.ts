import { type AnyColumn, sql } from "drizzle-orm";
import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { NotificationKind, ReviewEventKind } from "./types";

type WorkflowRefs = Record<"interviews" | "stories" | "revisions" | "users", Referenced>;

/** The review of interviews and stories: its events and the links for outside readers. */
export function defineReview<D extends DialectTypes>(b: Builders<D>, refs: WorkflowRefs) {
  const { interviews, stories, revisions, users } = refs;
  const { text, integer, timestamp } = b;
  const { id, createdAt } = sharedColumns(b);

  const reviewEvents = b.table(
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
      parentId: text("parent_id").references((): AnyColumn => reviewEvents.id, { onDelete: "cascade" }),
      createdAt: createdAt(),
    },
    (t) => [
      b.index("review_events_interview_idx").on(t.interviewId, t.createdAt),
      b.index("review_events_story_idx").on(t.storyId, t.createdAt),
      b.check("review_events_one_owner", sql`(${t.interviewId} is null) <> (${t.storyId} is null)`),
    ],
  );

  const previewLinks = b.table(
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
      b.uniqueIndex("preview_links_token_hash_unique").on(t.tokenHash),
      b.check("preview_links_one_owner", sql`(${t.interviewId} is null) <> (${t.storyId} is null)`),
    ],
  );

  return { reviewEvents, previewLinks };
}

/**
 * What the studio tells a user: something waits for them or concerns their work (submitted
 * for review, approved, changes requested, a comment, consent withdrawn). Read when opened.
 */
export function defineNotifications<D extends DialectTypes>(b: Builders<D>, refs: Omit<WorkflowRefs, "revisions">) {
  const { interviews, stories, users } = refs;
  const { text, timestamp } = b;
  const { id, createdAt } = sharedColumns(b);

  const notifications = b.table(
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
    (t) => [b.index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt)],
  );

  return { notifications };
}
