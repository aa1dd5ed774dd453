import "server-only";
import { and, desc, eq, inArray, max, ne, or, sql, type SQL } from "drizzle-orm";
import type { ContentStatus } from "../schema/types";
import { defaultExecutor, tables, type Executor } from "./executor";

export type InboxItem = { id: string; title: string; personName: string; status: ContentStatus; at: Date };

/** Interviews with the title of their newest revision, matching `where`, most recent first. */
async function inboxList(where: SQL | undefined, limit: number, exec: Executor): Promise<InboxItem[]> {
  const { interviews: i, revisions: r, people: p } = tables();
  return exec
    .select({ id: i.id, title: r.title, personName: p.displayName, status: i.status, at: i.updatedAt })
    .from(i)
    .innerJoin(r, and(eq(r.interviewId, i.id), eq(r.number, i.headRevision)))
    .innerJoin(p, eq(p.id, i.personId))
    .where(where)
    .orderBy(desc(i.updatedAt), desc(i.id))
    .limit(limit);
}

/** What waits for a reviewer: submitted interviews someone else wrote. */
export function awaitingReview(userId: string, limit = 20, exec: Executor = defaultExecutor()): Promise<InboxItem[]> {
  const { interviews: i } = tables();
  return inboxList(and(eq(i.status, "in_review"), or(sql`${i.createdBy} is null`, ne(i.createdBy, userId))), limit, exec);
}

/** What waits for the writers: sent back with a request, or approved and ready to go out. */
export function awaitingEditors(status: Extract<ContentStatus, "changes_requested" | "approved">, limit = 20, exec: Executor = defaultExecutor()): Promise<InboxItem[]> {
  const { interviews: i } = tables();
  return inboxList(eq(i.status, status), limit, exec);
}

export type CommentedItem = InboxItem & { lastOwnComment: Date; newerReplies: number };

/** Interviews a user commented on, with how many comments by others came after their last one. */
export async function commentedBy(userId: string, limit = 10, exec: Executor = defaultExecutor()): Promise<CommentedItem[]> {
  const { reviewEvents: e } = tables();
  const own = await exec
    .select({ interviewId: e.interviewId, last: max(e.createdAt) })
    .from(e)
    .where(and(eq(e.kind, "comment"), eq(e.actorUserId, userId)))
    .groupBy(e.interviewId)
    .orderBy(desc(max(e.createdAt)))
    .limit(limit);
  const lastById = new Map(own.flatMap((row) => (row.interviewId && row.last ? [[row.interviewId, row.last] as const] : [])));
  if (!lastById.size) return [];
  const { interviews: i } = tables();
  const items = await inboxList(inArray(i.id, [...lastById.keys()]), limit, exec);
  const others = await exec
    .select({ interviewId: e.interviewId, createdAt: e.createdAt })
    .from(e)
    .where(and(eq(e.kind, "comment"), inArray(e.interviewId, [...lastById.keys()]), or(sql`${e.actorUserId} is null`, ne(e.actorUserId, userId))));
  return items
    .map((item) => {
      const last = lastById.get(item.id)!;
      return { ...item, lastOwnComment: last, newerReplies: others.filter((row) => row.interviewId === item.id && row.createdAt > last).length };
    })
    .sort((a, b) => b.lastOwnComment.getTime() - a.lastOwnComment.getTime());
}
