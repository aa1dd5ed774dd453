import type { AnyColumn } from "drizzle-orm";
import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { ContentStatus, LocalizedText } from "./types";

/** Work universes and the topics that each of them tells a story about. */
export function defineUniverses<D extends DialectTypes>(b: Builders<D>, { assets }: { assets: Referenced }) {
  const { text, integer, timestamp } = b;
  const { id, createdAt, json } = sharedColumns(b);

  const universes = b.table(
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
    (t) => [b.uniqueIndex("universes_slug_unique").on(t.slug)],
  );

  const topics = b.table(
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
    (t) => [b.uniqueIndex("topics_slug_unique").on(t.slug)],
  );

  return { universes, topics };
}

type StoryRefs = Record<"topics" | "universes" | "people" | "interviews" | "users", Referenced>;

/**
 * One universe's story on a topic, per language. `revisionId` is the id column of
 * revisions, which are defined after stories.
 */
export function defineStories<D extends DialectTypes>(b: Builders<D>, refs: StoryRefs, revisionId: () => AnyColumn) {
  const { topics, universes, people, interviews, users } = refs;
  const { text, integer } = b;
  const { id, createdAt, updatedAt } = sharedColumns(b);

  const stories = b.table(
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
      publishedRevisionId: text("published_revision_id").references(revisionId, { onDelete: "restrict" }),
      headRevision: integer("head_revision").notNull().default(0),
      personId: text("person_id").references(() => people.id, { onDelete: "set null" }),
      interviewId: text("interview_id").references(() => interviews.id, { onDelete: "set null" }),
      createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
      createdAt: createdAt(),
      updatedAt: updatedAt(),
    },
    (t) => [b.uniqueIndex("stories_topic_universe_locale_unique").on(t.topicId, t.universeId, t.locale)],
  );

  return { stories };
}
