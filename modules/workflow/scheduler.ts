/**
 * Runs the workflow's due schedules: planned publications that have come, and unpublish
 * times that have passed. No external cron: every server process calls this on a timer
 * (instrumentation.ts). Each item is claimed by a conditional update, so when several
 * processes run, exactly one of them records it; the others find nothing left to do.
 *
 * The public site does not wait for this: the visibility rule already treats a due item as
 * published (or gone), and cached pages expire at the next scheduled change. This records
 * the new state for the studio and the audit log.
 */
import "server-only";
import { and, eq, isNotNull, lte, notInArray, sql } from "drizzle-orm";
import { audit } from "@/modules/audit";
import { defaultExecutor, inTransaction, tables } from "@/db/executor";
import { OFFLINE } from "@/modules/interviews";

export type ScheduleRun = { published: string[]; unpublished: string[]; failed: string[] };
type Change = "publish" | "unpublish";

/** What is due at `now`, as conditions that the claiming update repeats. */
function due(change: Change, now: Date) {
  const { interviews: i } = tables();
  return change === "publish"
    ? and(eq(i.status, "scheduled"), lte(i.publishAt, now))
    : and(isNotNull(i.unpublishAt), lte(i.unpublishAt, now), notInArray(i.status, ["unpublished", "archived"]));
}

/** Records one due change, if no other process did first; true when this one did. */
async function claim(id: string, change: Change, now: Date): Promise<boolean> {
  return inTransaction(async (tx) => {
    const { interviews: i } = tables();
    const patch =
      change === "publish"
        ? { status: "published" as const, publishedAt: sql`coalesce(${i.publishedAt}, ${i.publishAt})`, publishAt: null }
        : { ...OFFLINE, status: "unpublished" as const };
    const claimed = await tx
      .update(i)
      .set({ ...patch, updatedAt: now })
      .where(and(eq(i.id, id), due(change, now)))
      .returning({ id: i.id });
    if (!claimed.length) return false;
    await audit({ actorUserId: null, action: `interview.${change}`, entityType: "interview", entityId: id, details: { scheduled: true } }, tx);
    return true;
  });
}

/** Records every schedule due at `now`; one item failing does not stop the others. */
export async function runDueSchedules(now: Date = new Date()): Promise<ScheduleRun> {
  const { interviews: i } = tables();
  const run: ScheduleRun = { published: [], unpublished: [], failed: [] };
  for (const change of ["publish", "unpublish"] as const) {
    const rows = await defaultExecutor().select({ id: i.id }).from(i).where(due(change, now));
    for (const { id } of rows) {
      try {
        if (await claim(id, change, now)) run[change === "publish" ? "published" : "unpublished"].push(id);
      } catch (error) {
        run.failed.push(id);
        console.error(`[scheduler] ${change} of interview ${id} failed:`, error);
        await audit({ actorUserId: null, action: "interview.schedule_failed", entityType: "interview", entityId: id, details: { change } }).catch(
          () => undefined,
        );
      }
    }
  }
  return run;
}

/** How often each server process looks for due schedules. */
const INTERVAL_MS = 10_000;

/** Runs due schedules now (catching up on any missed while no server ran) and then on a timer. */
export function startScheduler(intervalMs: number = INTERVAL_MS): void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await runDueSchedules();
      if (run.published.length || run.unpublished.length) console.log(`[scheduler] published ${run.published.length}, unpublished ${run.unpublished.length}`);
    } catch (error) {
      console.error("[scheduler] run failed:", error);
    } finally {
      running = false;
    }
  };
  void tick();
  // The timer must not keep a process alive that is otherwise done.
  setInterval(tick, intervalMs).unref();
}
