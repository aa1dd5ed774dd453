import "server-only";
import { and, count, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { NotificationKind, Role } from "@/db/schema/types";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import type { Owner } from "./state";

export type Recipient = { id: string; email: string; name: string };
type NotificationInsert = ReturnType<typeof tables>["notifications"]["$inferInsert"];

/** Active users with one of these roles, except `exceptId`. */
export async function activeUsersWithRoles(roles: Role[], exceptId: string | null, exec: Executor = defaultExecutor()): Promise<Recipient[]> {
  const { users: u } = tables();
  return exec
    .select({ id: u.id, email: u.email, name: u.name })
    .from(u)
    .where(and(inArray(u.role, roles), eq(u.disabled, false), exceptId ? ne(u.id, exceptId) : undefined));
}

/** Who wrote an interview or a story: its creator and every author of its revisions, if still active editors or admins. */
export async function activeWriters(owner: Owner, exec: Executor = defaultExecutor()): Promise<Recipient[]> {
  const { users: u, revisions: r, interviews: i, stories: s } = tables();
  const [item] =
    "interviewId" in owner
      ? await exec.select({ createdBy: i.createdBy }).from(i).where(eq(i.id, owner.interviewId))
      : await exec.select({ createdBy: s.createdBy }).from(s).where(eq(s.id, owner.storyId));
  const authors = await exec
    .selectDistinct({ id: r.authorId })
    .from(r)
    .where("interviewId" in owner ? eq(r.interviewId, owner.interviewId) : eq(r.storyId, owner.storyId));
  const ids = [item?.createdBy, ...authors.map((row) => row.id)].filter((id): id is string => Boolean(id));
  if (!ids.length) return [];
  return exec
    .select({ id: u.id, email: u.email, name: u.name })
    .from(u)
    .where(and(inArray(u.id, [...new Set(ids)]), inArray(u.role, ["editor", "admin"]), eq(u.disabled, false)));
}

export async function addNotifications(rows: NotificationInsert[], exec: Executor = defaultExecutor()): Promise<void> {
  if (rows.length) await exec.insert(tables().notifications).values(rows);
}

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  interviewId: string | null;
  storyId: string | null;
  title: string | null;
  actorName: string | null;
  message: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** A user's newest notifications with the current title of the interview or story they concern. */
export async function listNotifications(userId: string, limit = 50, exec: Executor = defaultExecutor()): Promise<NotificationRow[]> {
  const { notifications: n, interviews: i, stories: s, revisions: r } = tables();
  const storyHead = alias(r, "story_head");
  return exec
    .select({
      id: n.id,
      kind: n.kind,
      interviewId: n.interviewId,
      storyId: n.storyId,
      title: sql<string | null>`coalesce(${r.title}, ${storyHead.title})`,
      actorName: n.actorName,
      message: n.message,
      readAt: n.readAt,
      createdAt: n.createdAt,
    })
    .from(n)
    .leftJoin(i, eq(i.id, n.interviewId))
    .leftJoin(r, and(eq(r.interviewId, i.id), eq(r.number, i.headRevision)))
    .leftJoin(s, eq(s.id, n.storyId))
    .leftJoin(storyHead, and(eq(storyHead.storyId, s.id), eq(storyHead.number, s.headRevision)))
    .where(eq(n.userId, userId))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(limit);
}

export async function unreadCount(userId: string, exec: Executor = defaultExecutor()): Promise<number> {
  const { notifications: n } = tables();
  const [row] = await exec
    .select({ n: count() })
    .from(n)
    .where(and(eq(n.userId, userId), isNull(n.readAt)));
  return Number(row?.n ?? 0);
}

export async function markAllRead(userId: string, now: Date = new Date(), exec: Executor = defaultExecutor()): Promise<void> {
  const { notifications: n } = tables();
  await exec
    .update(n)
    .set({ readAt: now })
    .where(and(eq(n.userId, userId), isNull(n.readAt)));
}
