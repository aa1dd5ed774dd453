import "server-only";
import { and, eq, gt, isNotNull, isNull, lte, min, or } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "./executor";

/**
 * The one rule for "visible to the public": a published revision exists, and the item is
 * published, or scheduled with its publish time passed (reads do not wait for the timer),
 * and its unpublish time, if any, has not passed.
 */
export function interviewIsLive(now: Date) {
  const { interviews: i } = tables();
  return and(
    isNotNull(i.publishedRevisionId),
    or(eq(i.status, "published"), and(eq(i.status, "scheduled"), lte(i.publishAt, now))),
    or(isNull(i.unpublishAt), gt(i.unpublishAt, now)),
  );
}

/**
 * The next moment at which `interviewIsLive` changes its answer by itself: a scheduled
 * publish or an unpublish time still ahead. Cached public reads expire then.
 */
export async function nextScheduledChange(now: Date, exec: Executor = defaultExecutor()): Promise<Date | null> {
  const { interviews: i } = tables();
  const [[publish], [unpublish]] = await Promise.all([
    exec
      .select({ at: min(i.publishAt) })
      .from(i)
      .where(and(isNotNull(i.publishedRevisionId), eq(i.status, "scheduled"), gt(i.publishAt, now))),
    exec
      .select({ at: min(i.unpublishAt) })
      .from(i)
      .where(and(isNotNull(i.publishedRevisionId), gt(i.unpublishAt, now))),
  ]);
  const times = [publish?.at, unpublish?.at].filter((value): value is Date => value instanceof Date);
  return times.length ? new Date(Math.min(...times.map((time) => time.getTime()))) : null;
}
