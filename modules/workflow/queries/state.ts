import "server-only";
import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { ContentStatus, ReviewEventKind } from "@/db/schema/types";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import { getInterview, type Interview, getRevision, type Revision } from "@/modules/interviews";
import { getStory, type Story } from "@/modules/universes";
import { ownerWhere } from "./review-events";

/** What goes through review: an interview, or a work-universe story (one topic told by one universe). */
export type Owner = { interviewId: string } | { storyId: string };

/** The columns the workflow reads of either kind of item. */
export type WorkflowItem = Pick<Interview, "id" | "status" | "headRevision" | "createdBy" | "publishedRevisionId">;

/** What the workflow reads of an item in one transaction (see lib/workflow/machine.ts). */
export type WorkflowState<I extends WorkflowItem = Interview> = {
  owner: Owner;
  item: I;
  published: Revision | null;
  approvedNumber: number | null;
  authors: (string | null)[];
};

async function latestEvent(owner: Owner, kinds: ReviewEventKind[], exec: Executor) {
  const { reviewEvents: e } = tables();
  const [row] = await exec
    .select()
    .from(e)
    .where(and(ownerWhere(owner), inArray(e.kind, kinds)))
    .orderBy(desc(e.createdAt), desc(e.id))
    .limit(1);
  return row ?? null;
}

async function stateOf<I extends WorkflowItem>(owner: Owner, item: I, exec: Executor): Promise<WorkflowState<I>> {
  const published = item.publishedRevisionId ? await getRevision(item.publishedRevisionId, exec) : null;
  // The approval that counts is the one given since the last submission.
  const decision = await latestEvent(owner, ["submit", "approve", "request_changes"], exec);
  const { revisions } = tables();
  const revisionOwner = "interviewId" in owner ? eq(revisions.interviewId, owner.interviewId) : eq(revisions.storyId, owner.storyId);
  // Everyone who wrote the changes under review (since the published version), and the creator.
  const writers = await exec
    .selectDistinct({ authorId: revisions.authorId })
    .from(revisions)
    .where(and(revisionOwner, gt(revisions.number, published?.number ?? 0)));
  return {
    owner,
    item,
    published,
    approvedNumber: decision?.kind === "approve" ? decision.revisionNumber : null,
    authors: [item.createdBy, ...writers.map((writer) => writer.authorId)],
  };
}

export async function readWorkflowState(interviewId: string, exec: Executor = defaultExecutor()): Promise<WorkflowState<Interview> | null> {
  const interview = await getInterview(interviewId, exec);
  return interview ? stateOf({ interviewId }, interview, exec) : null;
}

export async function readStoryWorkflowState(storyId: string, exec: Executor = defaultExecutor()): Promise<WorkflowState<Story> | null> {
  const story = await getStory(storyId, exec);
  return story ? stateOf({ storyId }, story, exec) : null;
}

type InterviewPatch = Partial<Pick<Interview, "publishedRevisionId" | "publishedAt" | "publishAt" | "unpublishAt">>;

/**
 * Moves an item from one state to the next only if nobody moved it (or saved) in the
 * meantime: of two clicks at once, one wins and the other is told.
 */
export async function moveStatus(
  owner: Owner,
  change: { from: ContentStatus; to: ContentStatus; head: number },
  patch: InterviewPatch = {},
  exec: Executor = defaultExecutor(),
): Promise<boolean> {
  const { interviews, stories } = tables();
  const now = new Date();
  const rows =
    "interviewId" in owner
      ? await exec
          .update(interviews)
          .set({ ...patch, status: change.to, updatedAt: now })
          .where(and(eq(interviews.id, owner.interviewId), eq(interviews.status, change.from), eq(interviews.headRevision, change.head)))
          .returning({ id: interviews.id })
      : await exec
          .update(stories)
          // A story takes only its public revision from the patch (set when a topic is released).
          .set({ ...(patch.publishedRevisionId === undefined ? {} : { publishedRevisionId: patch.publishedRevisionId }), status: change.to, updatedAt: now })
          .where(and(eq(stories.id, owner.storyId), eq(stories.status, change.from), eq(stories.headRevision, change.head)))
          .returning({ id: stories.id });
  return rows.length === 1;
}

/** The reviewer's reason of the latest request for changes. */
export async function latestRequest(owner: Owner, exec: Executor = defaultExecutor()): Promise<string | null> {
  return (await latestEvent(owner, ["request_changes"], exec))?.message ?? null;
}

/** Whether the featured person consented to this very revision (and has not withdrawn since). */
export async function hasConsent(interviewId: string, revisionNumber: number, exec: Executor = defaultExecutor()): Promise<boolean> {
  const latest = await latestEvent({ interviewId }, ["consent_given", "consent_withdrawn"], exec);
  return latest?.kind === "consent_given" && latest.revisionNumber === revisionNumber;
}
