import "server-only";
import { and, eq } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import { detailQuery, toDetail, type InterviewDetail } from "./interviews";

/**
 * The studio's preview: an interview as its page would show it, from its newest revision
 * (or a given one), whatever its state. Only signed-in studio pages call this.
 */
export async function getPreviewInterview(id: string, number: number | null, exec: Executor = defaultExecutor()): Promise<InterviewDetail | null> {
  const { interviews, revisions } = tables();
  const revisionOn = and(eq(revisions.interviewId, interviews.id), eq(revisions.number, number ?? interviews.headRevision));
  const [row] = await detailQuery(exec, revisionOn).where(eq(interviews.id, id)).limit(1);
  return row ? toDetail(row) : null;
}
