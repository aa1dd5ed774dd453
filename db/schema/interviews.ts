import type { AnyColumn } from "drizzle-orm";
import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { ContentStatus } from "./types";

/**
 * Interviews, the text the public search finds them by, and their former slugs.
 * `revisionId` is the id column of revisions, which are defined after interviews.
 */
export function defineInterviews<D extends DialectTypes>(
  b: Builders<D>,
  { people, series, users }: Record<"people" | "series" | "users", Referenced>,
  revisionId: () => AnyColumn,
) {
  const { text, integer, bool, timestamp } = b;
  const { id, createdAt, updatedAt } = sharedColumns(b);

  const interviews = b.table(
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
      publishedRevisionId: text("published_revision_id").references(revisionId, { onDelete: "restrict" }),
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
      b.uniqueIndex("interviews_locale_slug_unique").on(t.locale, t.slug),
      b.uniqueIndex("interviews_group_locale_unique").on(t.translationGroupId, t.locale),
      b.index("interviews_status_idx").on(t.status, t.locale),
      b.index("interviews_person_idx").on(t.personId),
      b.index("interviews_series_idx").on(t.seriesId),
    ],
  );

  return { interviews, ...defineInterviewLookups(b, interviews) };
}

/** What finds an interview besides its slug: the search index and former slugs. */
function defineInterviewLookups<D extends DialectTypes>(b: Builders<D>, interviews: Referenced) {
  const { text } = b;
  const { id, createdAt, updatedAt } = sharedColumns(b);

  /**
   * Folded text of each interview's published revision, person and taxonomy names for the
   * public search (lib/search.ts). Rebuilt whenever a revision is published.
   */
  const searchIndex = b.table(
    "search_index",
    {
      interviewId: text("interview_id")
        .primaryKey()
        .references(() => interviews.id, { onDelete: "cascade" }),
      locale: text("locale").notNull(),
      text: text("text").notNull(),
      updatedAt: updatedAt(),
    },
    (t) => [b.index("search_index_locale_idx").on(t.locale)],
  );

  /** Former slugs of interviews; the public site answers them with a permanent redirect. */
  const interviewRedirects = b.table(
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
    (t) => [b.uniqueIndex("interview_redirects_locale_slug_unique").on(t.locale, t.slug)],
  );

  return { searchIndex, interviewRedirects };
}
