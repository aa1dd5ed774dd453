import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { delayAfter, FREE_FAILURES } from "../auth/throttle";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

/** Until when any of the keys is blocked, or null when none is. */
export async function blockedUntil(keys: string[], now: Date, exec: Executor = defaultExecutor()): Promise<Date | null> {
  const { signInThrottle: t } = tables();
  const rows = await exec.select({ until: t.blockedUntil }).from(t).where(inArray(t.key, keys));
  const until = rows.map((row) => row.until).filter((d): d is Date => d !== null && d > now);
  return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : null;
}

/** Failures are forgotten a day after the last one, so old typos never add up to a lock. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts a failure for each key and blocks it for the delay its count has reached. Returns
 * the keys this failure blocked, so the caller can log the lockout.
 */
export async function recordFailure(keys: string[], now: Date, exec: Executor = defaultExecutor()): Promise<string[]> {
  const { signInThrottle: t } = tables();
  const blocked: string[] = [];
  for (const key of keys) {
    await exec
      .update(t)
      .set({ failures: 0, blockedUntil: null })
      .where(and(eq(t.key, key), lt(t.updatedAt, new Date(now.getTime() - FAILURE_MEMORY_MS))));
    // The increment happens in the database, so concurrent failures all count.
    const [row] = await exec
      .insert(t)
      .values({ key, failures: 1, updatedAt: now })
      .onConflictDoUpdate({ target: t.key, set: { failures: sql`${t.failures} + 1`, updatedAt: now } })
      .returning({ failures: t.failures });
    const delay = delayAfter(row!.failures, key.startsWith("ip:") ? FREE_FAILURES.address : FREE_FAILURES.account);
    if (delay > 0) {
      await exec
        .update(t)
        .set({ blockedUntil: new Date(now.getTime() + delay) })
        .where(eq(t.key, key));
      blocked.push(key);
    }
  }
  return blocked;
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearFailures(key: string, exec: Executor = defaultExecutor()): Promise<void> {
  const { signInThrottle: t } = tables();
  await exec.delete(t).where(eq(t.key, key));
}
