import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import type { Owner } from "./state";

type ReviewEventInsert = ReturnType<typeof tables>["reviewEvents"]["$inferInsert"];
export type ReviewEvent = ReturnType<typeof tables>["reviewEvents"]["$inferSelect"];

export async function addReviewEvent(input: ReviewEventInsert, exec: Executor = defaultExecutor()): Promise<ReviewEvent> {
  const [row] = await exec.insert(tables().reviewEvents).values(input).returning();
  return row!;
}

/** The events of an interview or of a story. */
export function ownerWhere(owner: Owner) {
  const { reviewEvents: e } = tables();
  return "interviewId" in owner ? eq(e.interviewId, owner.interviewId) : eq(e.storyId, owner.storyId);
}

/** Oldest first, so threads read top to bottom. */
export async function listReviewEvents(owner: Owner, exec: Executor = defaultExecutor()): Promise<ReviewEvent[]> {
  const { reviewEvents: e } = tables();
  return exec.select().from(e).where(ownerWhere(owner)).orderBy(asc(e.createdAt), asc(e.id));
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

/**
 * Review events with the columns asked for and who made each: `userName` for a user, and
 * `actorName`, the name a link holder (who has no user) gave.
 */
function eventsWithAuthor<C extends SelectedFields>(columns: C, exec: Executor) {
  const { reviewEvents: e, users } = tables();
  return exec
    .select({ ...columns, userName: users.name, actorName: e.actorName })
    .from(e)
    .leftJoin(users, eq(users.id, e.actorUserId));
}

export type TimelineEntry = Pick<ReviewEvent, "id" | "kind" | "message" | "revisionNumber" | "createdAt"> & { who: string | null };

/** The newest review events of an interview with who made them (a user's name, or the name a link holder gave). */
export async function reviewTimeline(interviewId: string, limit: number, exec: Executor = defaultExecutor()): Promise<TimelineEntry[]> {
  const { reviewEvents: e } = tables();
  const rows = await eventsWithAuthor({ id: e.id, kind: e.kind, message: e.message, revisionNumber: e.revisionNumber, createdAt: e.createdAt }, exec)
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
export async function listComments(owner: Owner, exec: Executor = defaultExecutor()): Promise<CommentRow[]> {
  const { reviewEvents: e } = tables();
  const columns = {
    id: e.id,
    message: e.message,
    anchorBlockId: e.anchorBlockId,
    parentId: e.parentId,
    revisionNumber: e.revisionNumber,
    createdAt: e.createdAt,
  };
  const rows = await eventsWithAuthor(columns, exec)
    .where(and(ownerWhere(owner), eq(e.kind, "comment")))
    .orderBy(asc(e.createdAt), asc(e.id));
  return rows.map(({ userName, actorName, ...row }) => ({ ...row, who: userName ?? actorName, guest: userName === null }));
}
