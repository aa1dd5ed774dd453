import "server-only";
import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { ContentStatus, ReviewEventKind } from "../schema/types";
import { defaultExecutor, tables, type Executor } from "./executor";
import { getInterview, type Interview } from "./interviews";
import { getRevision, type Revision } from "./revisions";

/** What the workflow reads of an interview in one transaction (see lib/workflow/machine.ts). */
export type WorkflowState = {
  interview: Interview;
  published: Revision | null;
  approvedNumber: number | null;
  authors: (string | null)[];
};

async function latestEvent(interviewId: string, kinds: ReviewEventKind[], exec: Executor) {
  const { reviewEvents: e } = tables();
  const [row] = await exec
    .select()
    .from(e)
    .where(and(eq(e.interviewId, interviewId), inArray(e.kind, kinds)))
    .orderBy(desc(e.createdAt), desc(e.id))
    .limit(1);
  return row ?? null;
}

export async function readWorkflowState(interviewId: string, exec: Executor = defaultExecutor()): Promise<WorkflowState | null> {
  const interview = await getInterview(interviewId, exec);
  if (!interview) return null;
  const published = interview.publishedRevisionId ? await getRevision(interview.publishedRevisionId, exec) : null;
  // The approval that counts is the one given since the last submission.
  const decision = await latestEvent(interviewId, ["submit", "approve", "request_changes"], exec);
  const { revisions } = tables();
  // Everyone who wrote the changes under review (since the published version), and the creator.
  const writers = await exec
    .selectDistinct({ authorId: revisions.authorId })
    .from(revisions)
    .where(and(eq(revisions.interviewId, interviewId), gt(revisions.number, published?.number ?? 0)));
  return {
    interview,
    published,
    approvedNumber: decision?.kind === "approve" ? decision.revisionNumber : null,
    authors: [interview.createdBy, ...writers.map((writer) => writer.authorId)],
  };
}

/**
 * Moves an interview from one state to the next only if nobody moved it (or saved) in the
 * meantime: of two clicks at once, one wins and the other is told.
 */
export async function moveStatus(
  interviewId: string,
  change: { from: ContentStatus; to: ContentStatus; head: number },
  patch: Partial<Pick<Interview, "publishedRevisionId" | "publishedAt" | "publishAt" | "unpublishAt">> = {},
  exec: Executor = defaultExecutor(),
): Promise<boolean> {
  const { interviews } = tables();
  const rows = await exec
    .update(interviews)
    .set({ ...patch, status: change.to, updatedAt: new Date() })
    .where(and(eq(interviews.id, interviewId), eq(interviews.status, change.from), eq(interviews.headRevision, change.head)))
    .returning({ id: interviews.id });
  return rows.length === 1;
}

/** The reviewer's reason of the latest request for changes. */
export async function latestRequest(interviewId: string, exec: Executor = defaultExecutor()): Promise<string | null> {
  return (await latestEvent(interviewId, ["request_changes"], exec))?.message ?? null;
}

/** Whether the featured person consented to this very revision (and has not withdrawn since). */
export async function hasConsent(interviewId: string, revisionNumber: number, exec: Executor = defaultExecutor()): Promise<boolean> {
  const latest = await latestEvent(interviewId, ["consent_given", "consent_withdrawn"], exec);
  return latest?.kind === "consent_given" && latest.revisionNumber === revisionNumber;
}
