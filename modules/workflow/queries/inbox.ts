import "server-only";
import { and, asc, desc, eq, inArray, max, ne, or, sql, type SQL } from "drizzle-orm";
import type { ContentStatus } from "@/db/schema/types";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

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
export function awaitingEditors(
  status: Extract<ContentStatus, "changes_requested" | "approved">,
  limit = 20,
  exec: Executor = defaultExecutor(),
): Promise<InboxItem[]> {
  const { interviews: i } = tables();
  return inboxList(eq(i.status, status), limit, exec);
}

export type CommentedItem = InboxItem & { lastOwnComment: Date; newerReplies: number };

/** Interviews a user commented on, with how many comments by others came after their last one. */
export async function commentedBy(userId: string, limit = 10, exec: Executor = defaultExecutor()): Promise<CommentedItem[]> {
  const { reviewEvents: e, interviews: i } = tables();
  const own = await exec
    .select({ interviewId: e.interviewId, last: max(e.createdAt) })
    .from(e)
    .where(and(eq(e.kind, "comment"), eq(e.actorUserId, userId)))
    .groupBy(e.interviewId)
    .orderBy(desc(max(e.createdAt)))
    .limit(limit);
  const ids = own.flatMap((row) => (row.interviewId ? [row.interviewId] : []));
  if (!ids.length) return [];
  // Every comment on those interviews in order (ids are time-ordered, so a shared millisecond is no tie).
  const comments = await exec
    .select({ interviewId: e.interviewId, actorUserId: e.actorUserId, createdAt: e.createdAt })
    .from(e)
    .where(and(eq(e.kind, "comment"), inArray(e.interviewId, ids)))
    .orderBy(asc(e.createdAt), asc(e.id));
  const items = await inboxList(inArray(i.id, ids), limit, exec);
  return items
    .map((item) => {
      const thread = comments.filter((comment) => comment.interviewId === item.id);
      const lastOwn = thread.findLastIndex((comment) => comment.actorUserId === userId);
      const after = thread.slice(lastOwn + 1);
      return { ...item, lastOwnComment: thread[lastOwn]!.createdAt, newerReplies: after.filter((comment) => comment.actorUserId !== userId).length };
    })
    .sort((a, b) => b.lastOwnComment.getTime() - a.lastOwnComment.getTime());
}

/** Work-universe stories waiting for review that someone else wrote, with their universe as the subtitle. */
export async function storiesAwaitingReview(userId: string, limit = 20, exec: Executor = defaultExecutor()): Promise<InboxItem[]> {
  const { stories: s, revisions: r, universes: u } = tables();
  const rows = await exec
    .select({ id: s.id, title: r.title, universeName: u.name, status: s.status, at: s.updatedAt })
    .from(s)
    .innerJoin(r, and(eq(r.storyId, s.id), eq(r.number, s.headRevision)))
    .innerJoin(u, eq(u.id, s.universeId))
    .where(and(eq(s.status, "in_review"), or(sql`${s.createdBy} is null`, ne(s.createdBy, userId))))
    .orderBy(desc(s.updatedAt), desc(s.id))
    .limit(limit);
  return rows.map(({ universeName, ...row }) => ({ ...row, personName: universeName.de ?? Object.values(universeName)[0] ?? "" }));
}
