import "server-only";
import { and, asc, eq, isNotNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { TiptapDoc } from "@/lib/content/schema";
import { localized } from "@/lib/i18n/localized";
import { fullName } from "@/lib/people";
import { defaultExecutor, inTransaction, tables, type Executor } from "./executor";
import { createStory, type Story } from "./stories";
import { topics, type Topic, type Universe } from "./taxonomy";
import type { RevisionContent } from "./revisions";

type TopicInsert = ReturnType<typeof tables>["topics"]["$inferInsert"];
export type { Topic, Universe };

/** Every universe in the studio's order (then by slug, so the order is stable). */
export async function listUniverses(exec: Executor = defaultExecutor()): Promise<Universe[]> {
  const { universes: u } = tables();
  return exec.select().from(u).orderBy(asc(u.position), asc(u.slug));
}

/** A universe's published story of a topic, as the public reads it. */
/** Who tells a story, when the studio named someone: "Dr. Jana Ebert", "Werkstoffprüferin". */
export type Teller = { name: string; role: string };
export type PublicStory = { universeId: string; title: string; teaser: string; body: TiptapDoc; interviewId: string | null; teller: Teller | null };
export type ReleasedTopic = Pick<Topic, "id" | "slug" | "title" | "framing" | "closingLine" | "position" | "publishedAt"> & { stories: PublicStory[] };

/**
 * The topics released as a whole (`published_at` is set once every universe's story is
 * approved), with the published story of each universe in `locale`; topics without any
 * story in that language are left out.
 */
export async function listReleasedTopics(locale: string, exec: Executor = defaultExecutor()): Promise<ReleasedTopic[]> {
  const { topics: t, stories: s, revisions: r, people: p } = tables();
  const rows = await exec
    .select({
      tellerName: p.displayName,
      tellerTitle: p.academicTitle,
      tellerRole: p.jobTitle,
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
    .leftJoin(p, eq(p.id, s.personId))
    .where(isNotNull(t.publishedAt))
    .orderBy(asc(t.position), asc(t.slug));
  const topics = new Map<string, ReleasedTopic>();
  for (const row of rows) {
    const topic = topics.get(row.id) ?? { id: row.id, slug: row.slug, title: row.title, framing: row.framing, closingLine: row.closingLine, position: row.position, publishedAt: row.publishedAt, stories: [] };
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
      const made = await createStory({ topicId: created.id, universeId: story.universeId, locale: story.locale, interviewId: story.interviewId ?? null, personId: story.personId ?? null }, story.content, null, tx);
      await tx.update(s).set({ status: "published", publishedRevisionId: made.revision.id }).where(eq(s.id, made.story.id));
    }
    return created;
  }, exec);
}

export type StoryRow = { id: string; topicId: string; universeId: string; status: Story["status"]; headRevision: number; publishedNumber: number | null; title: string };

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
    .select({ id: s.id, topicId: s.topicId, universeId: s.universeId, status: s.status, headRevision: s.headRevision, publishedNumber: published.number, title: head.title })
    .from(s)
    .innerJoin(head, and(eq(head.storyId, s.id), eq(head.number, s.headRevision)))
    .leftJoin(published, eq(published.id, s.publishedRevisionId))
    .where(where);
}

/** Every topic in the studio's order. */
export async function listTopics(exec: Executor = defaultExecutor()): Promise<Topic[]> {
  const { topics: t } = tables();
  return exec.select().from(t).orderBy(asc(t.position), asc(t.slug));
}

/** A topic's stories in a language at their newest revisions, for the studio's preview of the whole topic. */
export async function storyDrafts(topicId: string, locale: string, exec: Executor = defaultExecutor()): Promise<{ universeId: string; title: string; teaser: string; body: TiptapDoc; teller: Teller | null }[]> {
  const { stories: s, revisions: r, people: p } = tables();
  const rows = await exec
    .select({ universeId: s.universeId, title: r.title, teaser: r.teaser, body: r.body, tellerName: p.displayName, tellerTitle: p.academicTitle, tellerRole: p.jobTitle })
    .from(s)
    .innerJoin(r, and(eq(r.storyId, s.id), eq(r.number, s.headRevision)))
    .leftJoin(p, eq(p.id, s.personId))
    .where(and(eq(s.topicId, topicId), eq(s.locale, locale)));
  return rows.map(({ tellerName, tellerTitle, tellerRole, ...row }) => ({ ...row, teller: tellerOf(tellerName, tellerTitle, tellerRole, locale) }));
}

function tellerOf(name: string | null, academicTitle: string | null, role: Record<string, string> | null, locale: string): Teller | null {
  return name ? { name: fullName({ displayName: name, academicTitle }), role: localized(role, locale) } : null;
}
