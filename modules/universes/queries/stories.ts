import "server-only";
import { newId } from "@/lib/ids";
import { and, eq } from "drizzle-orm";
import { findById } from "@/db/find";
import { defaultExecutor, inTransaction, tables, type Executor } from "@/db/executor";
import { appendRevision, type Revision, type RevisionContent } from "@/modules/interviews";

type StoryInsert = ReturnType<typeof tables>["stories"]["$inferInsert"];
export type Story = ReturnType<typeof tables>["stories"]["$inferSelect"];

/** Creates a story (one topic told by one universe) with its first revision. */
export async function createStory(
  input: Pick<StoryInsert, "topicId" | "universeId" | "locale"> & Partial<Pick<StoryInsert, "personId" | "interviewId">>,
  content: RevisionContent,
  authorId: string | null,
  exec?: Executor,
): Promise<{ story: Story; revision: Revision }> {
  return inTransaction(async (tx) => {
    const id = newId();
    await tx.insert(tables().stories).values({ ...input, id, createdBy: authorId });
    const appended = await appendRevision({ storyId: id }, 0, content, { kind: "save", authorId }, tx);
    if (!appended.ok) throw new Error("A new story cannot conflict");
    return { story: (await getStory(id, tx))!, revision: appended.revision };
  }, exec);
}

export function getStory(id: string, exec: Executor = defaultExecutor()): Promise<Story | null> {
  return findById(tables().stories, id, exec);
}

export async function updateStory(
  id: string,
  patch: Partial<Pick<StoryInsert, "status" | "publishedRevisionId" | "personId" | "interviewId">>,
  exec: Executor = defaultExecutor(),
): Promise<Story | null> {
  const { stories } = tables();
  const [row] = await exec
    .update(stories)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(stories.id, id))
    .returning();
  return row ?? null;
}

export async function listStoriesOfTopic(topicId: string, locale: string, exec: Executor = defaultExecutor()): Promise<Story[]> {
  const { stories } = tables();
  return exec
    .select()
    .from(stories)
    .where(and(eq(stories.topicId, topicId), eq(stories.locale, locale)));
}
