import "server-only";
import { newId } from "@/lib/ids";
import { and, count, eq, ne } from "drizzle-orm";
import { findById } from "@/db/find";
import { defaultExecutor, inTransaction, tables, type Executor } from "@/db/executor";
import { appendRevision, type Revision, type RevisionContent } from "./revisions";
import { reindexInterview } from "./search-index";

type InterviewInsert = ReturnType<typeof tables>["interviews"]["$inferInsert"];
export type Interview = ReturnType<typeof tables>["interviews"]["$inferSelect"];

export type NewInterview = Pick<InterviewInsert, "locale" | "slug" | "personId"> &
  Partial<Pick<InterviewInsert, "seriesId" | "featured" | "translationGroupId" | "createdBy">>;

/** Creates an interview together with its first revision, in one transaction. */
export async function createInterview(
  input: NewInterview,
  content: RevisionContent,
  authorId: string | null,
  exec?: Executor,
): Promise<{ interview: Interview; revision: Revision }> {
  return inTransaction(async (tx) => {
    const id = newId();
    await tx.insert(tables().interviews).values({
      ...input,
      id,
      // A new interview starts its own translation group unless it translates another.
      translationGroupId: input.translationGroupId ?? id,
      createdBy: input.createdBy ?? authorId,
    });
    const appended = await appendRevision({ interviewId: id }, 0, content, { kind: "save", authorId }, tx);
    if (!appended.ok) throw new Error("A new interview cannot conflict");
    const interview = await getInterview(id, tx);
    return { interview: interview!, revision: appended.revision };
  }, exec);
}

export function getInterview(id: string, exec: Executor = defaultExecutor()): Promise<Interview | null> {
  return findById(tables().interviews, id, exec);
}

/** True when no other interview and no redirect of the locale uses the slug. */
export async function isSlugAvailable(locale: string, slug: string, exceptInterviewId?: string, exec: Executor = defaultExecutor()): Promise<boolean> {
  const { interviews, interviewRedirects } = tables();
  const others = exceptInterviewId ? ne(interviews.id, exceptInterviewId) : undefined;
  const [taken] = await exec
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.locale, locale), eq(interviews.slug, slug), others))
    .limit(1);
  if (taken) return false;
  const redirectOthers = exceptInterviewId ? ne(interviewRedirects.interviewId, exceptInterviewId) : undefined;
  const [redirect] = await exec
    .select({ id: interviewRedirects.id })
    .from(interviewRedirects)
    .where(and(eq(interviewRedirects.locale, locale), eq(interviewRedirects.slug, slug), redirectOthers))
    .limit(1);
  return !redirect;
}

export type InterviewPatch = Partial<Pick<InterviewInsert, "slug" | "personId" | "seriesId" | "featured" | "locale">>;

/**
 * Updates an interview's metadata. Changing the slug of an interview that has been
 * public keeps the old slug as a redirect, so shared links go on working.
 */
export async function updateInterview(id: string, patch: InterviewPatch, exec?: Executor): Promise<Interview | null> {
  return inTransaction(async (tx) => {
    const { interviews, interviewRedirects } = tables();
    const current = await getInterview(id, tx);
    if (!current) return null;
    if (patch.slug && patch.slug !== current.slug) {
      // The interview may take back one of its own former slugs.
      await tx.delete(interviewRedirects).where(and(eq(interviewRedirects.locale, current.locale), eq(interviewRedirects.slug, patch.slug)));
      if (current.publishedAt) {
        await tx.insert(interviewRedirects).values({ interviewId: id, locale: current.locale, slug: current.slug });
      }
    }
    const [row] = await tx
      .update(interviews)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(interviews.id, id))
      .returning();
    return row ?? null;
  }, exec);
}

/**
 * Makes a revision the public one. The review workflow decides whether this is allowed;
 * this function only records it. The first publication date is kept on re-publishing.
 */
export async function publishRevision(interviewId: string, revisionId: string, now: Date = new Date(), exec?: Executor): Promise<Interview | null> {
  return inTransaction(async (tx) => {
    const { interviews, revisions } = tables();
    const [revision] = await tx
      .select({ id: revisions.id })
      .from(revisions)
      .where(and(eq(revisions.id, revisionId), eq(revisions.interviewId, interviewId)));
    if (!revision) throw new Error("The revision does not belong to this interview");
    const current = await getInterview(interviewId, tx);
    if (!current) return null;
    const [row] = await tx
      .update(interviews)
      .set({ publishedRevisionId: revisionId, status: "published", publishedAt: current.publishedAt ?? now, updatedAt: now })
      .where(eq(interviews.id, interviewId))
      .returning();
    await reindexInterview(interviewId, tx);
    return row ?? null;
  }, exec);
}

export async function setInterviewStatus(id: string, status: Interview["status"], exec: Executor = defaultExecutor()): Promise<void> {
  const { interviews } = tables();
  await exec.update(interviews).set({ status, updatedAt: new Date() }).where(eq(interviews.id, id));
}

/**
 * Takes an interview offline (unpublished or archived): it loses its public revision and any
 * schedule, so only a new publication brings it back, never a later step of the workflow.
 */
export const OFFLINE = { publishedRevisionId: null, publishAt: null, unpublishAt: null } as const;

/** Unpublishes at once, whatever else is going on (the featured person withdrew consent). */
export async function takeOffline(id: string, exec: Executor = defaultExecutor()): Promise<void> {
  const { interviews } = tables();
  await exec
    .update(interviews)
    .set({ ...OFFLINE, status: "unpublished", updatedAt: new Date() })
    .where(eq(interviews.id, id));
}

/** How many interviews are in each workflow state, for the studio's overview. */
export async function interviewStatusCounts(exec: Executor = defaultExecutor()): Promise<Partial<Record<Interview["status"], number>>> {
  const { interviews } = tables();
  const rows = await exec.select({ status: interviews.status, n: count() }).from(interviews).groupBy(interviews.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}
