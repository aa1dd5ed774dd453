import "server-only";
import { and, gt, isNotNull, isNull, lte, min, notInArray, or, sql } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import type { Interview } from "./interviews";

/**
 * The one rule for "visible to the public": a published revision exists, the item was not
 * unpublished or archived, its publish time (if scheduled) has passed (reads do not wait for
 * the timer) and its unpublish time, if any, has not. The workflow state of the working copy
 * does not matter: a published interview whose changes are in review stays live.
 */
export function interviewIsLive(now: Date) {
  const { interviews: i } = tables();
  return and(
    isNotNull(i.publishedRevisionId),
    notInArray(i.status, ["unpublished", "archived"]),
    or(isNull(i.publishAt), lte(i.publishAt, now)),
    or(isNull(i.unpublishAt), gt(i.unpublishAt, now)),
  );
}

/**
 * The publication date the public sees: the first publication, or for a scheduled one that
 * fell due before the scheduler recorded it, its publish time.
 */
export function publicationDate() {
  const { interviews: i } = tables();
  return sql<Date | null>`coalesce(${i.publishedAt}, ${i.publishAt})`.mapWith(i.publishedAt);
}

/** The same rule for an interview already read (what the studio and the consent page show). */
export function isLive(interview: Pick<Interview, "publishedRevisionId" | "status" | "publishAt" | "unpublishAt">, now: Date = new Date()): boolean {
  return (
    interview.publishedRevisionId !== null &&
    interview.status !== "unpublished" &&
    interview.status !== "archived" &&
    (interview.publishAt === null || interview.publishAt <= now) &&
    (interview.unpublishAt === null || interview.unpublishAt > now)
  );
}

/**
 * A planned publication the scheduler should have recorded by now but has not (no server
 * ran, or it failed): the public already sees it, and the studio says so.
 */
export function isOverdue(interview: Pick<Interview, "status" | "publishAt">, now: Date = new Date()): boolean {
  const GRACE_MS = 2 * 60 * 1000;
  return interview.status === "scheduled" && interview.publishAt !== null && interview.publishAt.getTime() < now.getTime() - GRACE_MS;
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
      .where(and(isNotNull(i.publishedRevisionId), notInArray(i.status, ["unpublished", "archived"]), gt(i.publishAt, now))),
    exec
      .select({ at: min(i.unpublishAt) })
      .from(i)
      .where(and(isNotNull(i.publishedRevisionId), gt(i.unpublishAt, now))),
  ]);
  const times = [publish?.at, unpublish?.at].filter((value): value is Date => value instanceof Date);
  return times.length ? new Date(Math.min(...times.map((time) => time.getTime()))) : null;
}
