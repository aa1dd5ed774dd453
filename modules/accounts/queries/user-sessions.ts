import "server-only";
import { and, eq, lt, or } from "drizzle-orm";
import { newId } from "@/lib/ids";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

/** Activity is written at most this often per session, so page loads do not all write. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionLimits = { maxAgeS: number; idleS: number };

/** Records a new signed-in session and forgets the user's expired ones. */
export async function startSession(userId: string, now: Date, limits: SessionLimits, exec: Executor = defaultExecutor()): Promise<string> {
  const { userSessions: s } = tables();
  await exec
    .delete(s)
    .where(
      and(
        eq(s.userId, userId),
        or(lt(s.lastSeenAt, new Date(now.getTime() - limits.idleS * 1000)), lt(s.createdAt, new Date(now.getTime() - limits.maxAgeS * 1000))),
      ),
    );
  const id = newId();
  await exec.insert(s).values({ id, userId, lastSeenAt: now, createdAt: now });
  return id;
}

/**
 * Whether the session is still alive at `now`: it exists (not signed out) and was used
 * within the idle limit. A live session's last activity moves to `now`.
 */
export async function touchSession(id: string, userId: string, now: Date, idleS: number, exec: Executor = defaultExecutor()): Promise<boolean> {
  const { userSessions: s } = tables();
  const [row] = await exec
    .select()
    .from(s)
    .where(and(eq(s.id, id), eq(s.userId, userId)))
    .limit(1);
  if (!row || now.getTime() - row.lastSeenAt.getTime() > idleS * 1000) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await exec.update(s).set({ lastSeenAt: now }).where(eq(s.id, id));
  }
  return true;
}

export async function endSession(id: string, exec: Executor = defaultExecutor()): Promise<void> {
  const { userSessions: s } = tables();
  await exec.delete(s).where(eq(s.id, id));
}
