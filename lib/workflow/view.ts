import "server-only";
import type { Interview } from "@/db/queries/interviews";
import type { User } from "@/db/queries/users";
import { isLive, isOverdue } from "@/db/queries/visibility";
import { latestRequest, readWorkflowState, type WorkflowState } from "@/db/queries/workflow";
import type { ContentStatus } from "@/db/schema/types";
import type { CheckResult } from "./checklist";
import { publishChecks } from "./interview-actions";
import { availableEvents, type WorkflowEvent } from "./machine";
import { factsOf } from "./transition";

/** What the studio's workflow bar shows and offers one user for one interview. */
export type WorkflowView = {
  status: ContentStatus;
  live: boolean;
  /** A live interview whose newest revision is not the published one. */
  pendingChanges: boolean;
  events: WorkflowEvent[];
  checks: CheckResult[];
  isAdmin: boolean;
  /** The reviewer's reason, when changes were requested. */
  request: string | null;
  /** Planned publication and unpublication (ISO); overdue when the scheduler has not recorded a due one. */
  publishAt: string | null;
  unpublishAt: string | null;
  overdue: boolean;
};

/** Reads the interview's workflow state and says what this user sees and may do. */
export async function workflowView(interview: Interview, user: User): Promise<{ view: WorkflowView; state: WorkflowState } | null> {
  const state = await readWorkflowState(interview.id);
  if (!state) return null;
  const facts = factsOf(state);
  const [checks, request] = await Promise.all([publishChecks(state), state.item.status === "changes_requested" ? latestRequest({ interviewId: interview.id }) : null]);
  const current = state.item;
  return {
    state,
    view: {
      status: current.status,
      live: isLive(current),
      pendingChanges: facts.publishedNumber !== null && facts.head > facts.publishedNumber,
      events: availableEvents(facts, user),
      checks,
      isAdmin: user.role === "admin",
      request,
      publishAt: current.publishAt?.toISOString() ?? null,
      unpublishAt: current.unpublishAt?.toISOString() ?? null,
      overdue: isOverdue(current),
    },
  };
}
