import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type ReviewEventInsert = ReturnType<typeof tables>["reviewEvents"]["$inferInsert"];
export type ReviewEvent = ReturnType<typeof tables>["reviewEvents"]["$inferSelect"];

export async function addReviewEvent(input: ReviewEventInsert, exec: Executor = defaultExecutor()): Promise<ReviewEvent> {
  const [row] = await exec.insert(tables().reviewEvents).values(input).returning();
  return row!;
}

/** Oldest first, so threads read top to bottom. */
export async function listReviewEvents(owner: { interviewId: string } | { storyId: string }, exec: Executor = defaultExecutor()): Promise<ReviewEvent[]> {
  const { reviewEvents: e } = tables();
  const where = "interviewId" in owner ? eq(e.interviewId, owner.interviewId) : eq(e.storyId, owner.storyId);
  return exec.select().from(e).where(where).orderBy(asc(e.createdAt), asc(e.id));
}

/** Comments can be edited by their author; other events are a record and stay as they are. */
export async function editComment(id: string, message: string, exec: Executor = defaultExecutor()): Promise<ReviewEvent | null> {
  const { reviewEvents: e } = tables();
  const [row] = await exec
    .update(e)
    .set({ message })
    .where(and(eq(e.id, id), eq(e.kind, "comment")))
    .returning();
  return row ?? null;
}

export type TimelineEntry = Pick<ReviewEvent, "id" | "kind" | "message" | "revisionNumber" | "createdAt"> & { who: string | null };

/** The newest review events of an interview with who made them (a user's name, or the name a link holder gave). */
export async function reviewTimeline(interviewId: string, limit: number, exec: Executor = defaultExecutor()): Promise<TimelineEntry[]> {
  const { reviewEvents: e, users } = tables();
  const rows = await exec
    .select({
      id: e.id,
      kind: e.kind,
      message: e.message,
      revisionNumber: e.revisionNumber,
      createdAt: e.createdAt,
      userName: users.name,
      actorName: e.actorName,
    })
    .from(e)
    .leftJoin(users, eq(users.id, e.actorUserId))
    .where(eq(e.interviewId, interviewId))
    .orderBy(desc(e.createdAt), desc(e.id))
    .limit(limit);
  return rows.map(({ userName, actorName, ...row }) => ({ ...row, who: userName ?? actorName }));
}

export async function getReviewEvent(id: string, exec: Executor = defaultExecutor()): Promise<ReviewEvent | null> {
  const { reviewEvents: e } = tables();
  const [row] = await exec.select().from(e).where(eq(e.id, id)).limit(1);
  return row ?? null;
}

export type CommentRow = Pick<ReviewEvent, "id" | "message" | "anchorBlockId" | "parentId" | "revisionNumber" | "createdAt"> & {
  who: string | null;
  guest: boolean;
};

/** An interview's comments, oldest first, with who wrote them (a user, or a link holder's name). */
export async function listComments(owner: { interviewId: string } | { storyId: string }, exec: Executor = defaultExecutor()): Promise<CommentRow[]> {
  const { reviewEvents: e, users } = tables();
  const rows = await exec
    .select({
      id: e.id,
      message: e.message,
      anchorBlockId: e.anchorBlockId,
      parentId: e.parentId,
      revisionNumber: e.revisionNumber,
      createdAt: e.createdAt,
      userName: users.name,
      actorName: e.actorName,
    })
    .from(e)
    .leftJoin(users, eq(users.id, e.actorUserId))
    .where(and("interviewId" in owner ? eq(e.interviewId, owner.interviewId) : eq(e.storyId, owner.storyId), eq(e.kind, "comment")))
    .orderBy(asc(e.createdAt), asc(e.id));
  return rows.map(({ userName, actorName, ...row }) => ({ ...row, who: userName ?? actorName, guest: userName === null }));
}
