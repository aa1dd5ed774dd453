import { sql } from "drizzle-orm";
import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { RevisionKind } from "./types";
import type { TiptapDoc } from "@/lib/content/schema";

type RevisionRefs = Record<"interviews" | "stories" | "assets" | "users", Referenced>;

/** The content of interviews and stories, one immutable snapshot per save. */
export function defineRevisions<D extends DialectTypes>(b: Builders<D>, refs: RevisionRefs) {
  const { interviews, stories, assets, users } = refs;
  const { text, integer } = b;
  const { id, createdAt, json } = sharedColumns(b);

  /**
   * Immutable content snapshots of interviews and stories (exactly one of the two owners
   * is set). A database trigger refuses updates; see the custom migration.
   */
  const revisions = b.table(
    "revisions",
    {
      id: id(),
      interviewId: text("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
      storyId: text("story_id").references(() => stories.id, { onDelete: "cascade" }),
      number: integer("number").notNull(),
      kind: text("kind").$type<RevisionKind>().notNull(),
      title: text("title").notNull(),
      teaser: text("teaser").notNull().default(""),
      body: json<TiptapDoc>("body").notNull(),
      seoTitle: text("seo_title"),
      seoDescription: text("seo_description"),
      ctaLabel: text("cta_label"),
      ctaUrl: text("cta_url"),
      socialImageAssetId: text("social_image_asset_id").references(() => assets.id, { onDelete: "set null" }),
      authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
      createdAt: createdAt(),
    },
    (t) => [
      b.uniqueIndex("revisions_interview_number_unique").on(t.interviewId, t.number),
      b.uniqueIndex("revisions_story_number_unique").on(t.storyId, t.number),
      b.check("revisions_one_owner", sql`(${t.interviewId} is null) <> (${t.storyId} is null)`),
    ],
  );

  return { revisions };
}
