import "server-only";
import { and, asc, count, eq, getTableColumns, isNotNull, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { TiptapDoc } from "@/lib/content/schema";
import { localized } from "@/lib/i18n/localized";
import { fullName } from "@/modules/people";
import { defaultExecutor, inTransaction, tables, type Executor } from "@/db/executor";
import { createStory, type Story } from "./stories";
import { topics, type Topic, type Universe } from "@/modules/taxonomy";
import type { RevisionContent } from "@/modules/interviews";

type TopicInsert = ReturnType<typeof tables>["topics"]["$inferInsert"];
export type { Topic, Universe };

/** A universe with the picture chosen for it, ready to show. */
export type UniverseWithImage = Universe & { image: { src: string; width: number; height: number } | null };

/**
 * The universes in the studio's order (then by slug, so the order is stable): the active
 * ones, which the public sees and the gate counts, or the archived ones.
 */
export async function listUniverses(exec: Executor = defaultExecutor(), which: "active" | "archived" = "active"): Promise<UniverseWithImage[]> {
  const { universes: u, assets: a } = tables();
  const rows = await exec
    .select({ ...getTableColumns(u), imageKey: a.storageKey, imageWidth: a.width, imageHeight: a.height })
    .from(u)
    .leftJoin(a, eq(a.id, u.imageAssetId))
    .where(which === "active" ? isNull(u.archivedAt) : isNotNull(u.archivedAt))
    .orderBy(asc(u.position), asc(u.slug));
  return rows.map(({ imageKey, imageWidth, imageHeight, ...universe }) => ({
    ...universe,
    image: imageKey && imageWidth && imageHeight ? { src: `/api/media/${imageKey}`, width: imageWidth, height: imageHeight } : null,
  }));
}

/** Who tells a story, when the studio named someone: "Dr. Jana Ebert", "Werkstoffprüferin". */
export type Teller = { name: string; role: string };
/** A story as a topic's page shows it. */
export type TopicStory = { title: string; teaser: string; body: TiptapDoc; teller: Teller | null };
/** A universe's published story of a topic, as the public reads it. */
export type PublicStory = TopicStory & { universeId: string; interviewId: string | null };
export type ReleasedTopic = Pick<Topic, "id" | "slug" | "title" | "framing" | "closingLine" | "position" | "publishedAt"> & { stories: PublicStory[] };

/**
 * The topics released as a whole (`published_at` is set once every universe's story is
 * approved), with the published story of each universe in `locale`. Archived topics and
 * archived universes' stories are left out, and so is a topic left without any story.
 */
export async function listReleasedTopics(locale: string, exec: Executor = defaultExecutor()): Promise<ReleasedTopic[]> {
  const { topics: t, stories: s, revisions: r, people: p, universes: u } = tables();
  const rows = await exec
    .select({
      ...tellerColumns(),
      id: t.id,
      slug: t.slug,
      title: t.title,
      framing: t.framing,
      closingLine: t.closingLine,
      position: t.position,
      publishedAt: t.publishedAt,
      universeId: s.universeId,
      interviewId: s.interviewId,
      storyTitle: r.title,
      teaser: r.teaser,
      body: r.body,
    })
    .from(t)
    .innerJoin(s, and(eq(s.topicId, t.id), eq(s.locale, locale), isNotNull(s.publishedRevisionId)))
    .innerJoin(r, eq(r.id, s.publishedRevisionId))
    .innerJoin(u, and(eq(u.id, s.universeId), isNull(u.archivedAt)))
    .leftJoin(p, eq(p.id, s.personId))
    .where(and(isNotNull(t.publishedAt), isNull(t.archivedAt)))
    .orderBy(asc(t.position), asc(t.slug));
  const topics = new Map<string, ReleasedTopic>();
  for (const row of rows) {
    const topic = topics.get(row.id) ?? {
      id: row.id,
      slug: row.slug,
      title: row.title,
      framing: row.framing,
      closingLine: row.closingLine,
      position: row.position,
      publishedAt: row.publishedAt,
      stories: [],
    };
    const teller = tellerOf(row.tellerName, row.tellerTitle, row.tellerRole, locale);
    topic.stories.push({ universeId: row.universeId, title: row.storyTitle, teaser: row.teaser, body: row.body, interviewId: row.interviewId, teller });
    topics.set(row.id, topic);
  }
  return [...topics.values()];
}

/** Creates a topic with one story per universe, released at once (demo content and tests). */
export async function createReleasedTopic(
  topic: Omit<TopicInsert, "publishedAt">,
  stories: { universeId: string; locale: string; content: RevisionContent; interviewId?: string | null; personId?: string | null }[],
  now: Date = new Date(),
  exec?: Executor,
): Promise<Topic> {
  return inTransaction(async (tx) => {
    const created = await topics.create({ ...topic, publishedAt: now }, tx);
    const { stories: s } = tables();
    for (const story of stories) {
      const made = await createStory(
        { topicId: created.id, universeId: story.universeId, locale: story.locale, interviewId: story.interviewId ?? null, personId: story.personId ?? null },
        story.content,
        null,
        tx,
      );
      await tx.update(s).set({ status: "published", publishedRevisionId: made.revision.id }).where(eq(s.id, made.story.id));
    }
    return created;
  }, exec);
}

export type StoryRow = {
  id: string;
  topicId: string;
  universeId: string;
  status: Story["status"];
  headRevision: number;
  publishedNumber: number | null;
  title: string;
};

/** The stories of a language for the studio's matrix (all topics), with their newest title and published number. */
export async function storiesOfLocale(locale: string, exec: Executor = defaultExecutor()): Promise<StoryRow[]> {
  return storyRows(eq(tables().stories.locale, locale), exec);
}

export function storiesOfTopic(topicId: string, locale: string, exec: Executor = defaultExecutor()): Promise<StoryRow[]> {
  const { stories: s } = tables();
  return storyRows(and(eq(s.topicId, topicId), eq(s.locale, locale))!, exec);
}

async function storyRows(where: SQL, exec: Executor): Promise<StoryRow[]> {
  const { stories: s, revisions: head, revisions } = tables();
  const published = alias(revisions, "published");
  return exec
    .select({
      id: s.id,
      topicId: s.topicId,
      universeId: s.universeId,
      status: s.status,
      headRevision: s.headRevision,
      publishedNumber: published.number,
      title: head.title,
    })
    .from(s)
    .innerJoin(head, and(eq(head.storyId, s.id), eq(head.number, s.headRevision)))
    .leftJoin(published, eq(published.id, s.publishedRevisionId))
    .where(where);
}

/** The active or the archived topics in the studio's order. */
export async function listTopics(exec: Executor = defaultExecutor(), which: "active" | "archived" = "active"): Promise<Topic[]> {
  const { topics: t } = tables();
  return exec
    .select()
    .from(t)
    .where(which === "active" ? isNull(t.archivedAt) : isNotNull(t.archivedAt))
    .orderBy(asc(t.position), asc(t.slug));
}

/** A topic's stories in a language at their newest revisions, for the studio's preview of the whole topic. */
export async function storyDrafts(topicId: string, locale: string, exec: Executor = defaultExecutor()): Promise<(TopicStory & { universeId: string })[]> {
  const { stories: s, revisions: r, people: p } = tables();
  const rows = await exec
    .select({ universeId: s.universeId, ...topicStoryColumns() })
    .from(s)
    .innerJoin(r, and(eq(r.storyId, s.id), eq(r.number, s.headRevision)))
    .leftJoin(p, eq(p.id, s.personId))
    .where(and(eq(s.topicId, topicId), eq(s.locale, locale)));
  return rows.map(({ tellerName, tellerTitle, tellerRole, ...row }) => ({ ...row, teller: tellerOf(tellerName, tellerTitle, tellerRole, locale) }));
}

/**
 * One story at its newest revision or at `number`, with its topic and universe: what a
 * shared preview link shows (null when any of them is gone).
 */
export async function storyPreview(
  storyId: string,
  number: number | null,
  exec: Executor = defaultExecutor(),
): Promise<{ locale: string; topic: Topic; universe: Universe; story: TopicStory } | null> {
  const { stories: s, revisions: r, people: p, topics: t, universes: u } = tables();
  const [row] = await exec
    .select({
      locale: s.locale,
      topic: t,
      universe: u,
      ...topicStoryColumns(),
    })
    .from(s)
    .innerJoin(r, and(eq(r.storyId, s.id), eq(r.number, number ?? s.headRevision)))
    .innerJoin(t, eq(t.id, s.topicId))
    .innerJoin(u, eq(u.id, s.universeId))
    .leftJoin(p, eq(p.id, s.personId))
    .where(eq(s.id, storyId));
  if (!row) return null;
  const { locale, topic, universe, tellerName, tellerTitle, tellerRole, ...story } = row;
  return { locale, topic, universe, story: { ...story, teller: tellerOf(tellerName, tellerTitle, tellerRole, locale) } };
}

/** Who tells a story, from its joined person: what tellerOf reads. */
function tellerColumns() {
  const { people: p } = tables();
  return { tellerName: p.displayName, tellerTitle: p.academicTitle, tellerRole: p.jobTitle };
}

/** A story's text at its joined revision and its teller: a TopicStory once tellerOf has read the teller. */
function topicStoryColumns() {
  const { revisions: r } = tables();
  return { title: r.title, teaser: r.teaser, body: r.body, ...tellerColumns() };
}

function tellerOf(name: string | null, academicTitle: string | null, role: Record<string, string> | null, locale: string): Teller | null {
  return name ? { name: fullName({ displayName: name, academicTitle }), role: localized(role, locale) } : null;
}

/** A universe or a topic: the two things stories belong to. */
export type StoryHolder = "universe" | "topic";

/** How many stories a universe or topic has (in every language), and how many of them went public. */
export async function storyCounts(kind: StoryHolder, id: string, exec: Executor = defaultExecutor()): Promise<{ total: number; released: number }> {
  const { stories: s } = tables();
  const [row] = await exec
    .select({ total: count(), released: count(s.publishedRevisionId) })
    .from(s)
    .where(eq(kind === "universe" ? s.universeId : s.topicId, id));
  return { total: Number(row?.total ?? 0), released: Number(row?.released ?? 0) };
}

/** Deletes a universe or a topic with its stories, their revisions, comments and links (by cascade). */
export async function removeStoryHolder(kind: StoryHolder, id: string, exec: Executor = defaultExecutor()): Promise<boolean> {
  const table = kind === "universe" ? tables().universes : tables().topics;
  return (await exec.delete(table).where(eq(table.id, id)).returning({ id: table.id })).length > 0;
}
