import "server-only";
import { and, eq, gt, isNotNull, isNull, lte, or } from "drizzle-orm";
import { tables } from "./executor";

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
