import "server-only";
import type { Interview } from "@/modules/interviews";
import type { Story } from "@/modules/universes";
import type { User } from "@/modules/accounts";
import { isLive, isOverdue } from "@/modules/interviews";
import { latestRequest, readStoryWorkflowState, readWorkflowState, type WorkflowState } from "./queries/state";
import type { ContentStatus } from "@/db/schema/types";
import type { CheckResult } from "./checklist";
import { publishChecks } from "./interview-specs";
import { availableEvents, type WorkflowEvent } from "@/lib/workflow/machine";
import { factsOf } from "./transition";

/** What the studio's workflow bar shows and offers one user for one interview or story. */
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
  const current = state.item;
  const [checks, request] = await Promise.all([publishChecks(state), requestOf(state)]);
  return {
    state,
    view: {
      ...common(state, user, request),
      live: isLive(current),
      checks,
      publishAt: current.publishAt?.toISOString() ?? null,
      unpublishAt: current.unpublishAt?.toISOString() ?? null,
      overdue: isOverdue(current),
    },
  };
}

/** Only the review steps are a story's own: it goes public with its topic, released as a whole. */
const STORY_EVENTS: readonly WorkflowEvent[] = ["submit", "approve", "requestChanges"];

/** A story's workflow state and what this user sees and may do with it. */
export async function storyWorkflowView(storyId: string, user: User): Promise<{ view: WorkflowView; state: WorkflowState<Story> } | null> {
  const state = await readStoryWorkflowState(storyId);
  if (!state) return null;
  const view = common(state, user, await requestOf(state));
  return {
    state,
    view: {
      ...view,
      events: view.events.filter((event) => STORY_EVENTS.includes(event)),
      live: state.published !== null,
      checks: [],
      publishAt: null,
      unpublishAt: null,
      overdue: false,
    },
  };
}

function requestOf(state: WorkflowState<Interview | Story>): Promise<string | null> {
  return state.item.status === "changes_requested" ? latestRequest(state.owner) : Promise.resolve(null);
}

function common(state: WorkflowState<Interview | Story>, user: User, request: string | null) {
  const facts = factsOf(state);
  return {
    status: state.item.status,
    pendingChanges: facts.publishedNumber !== null && facts.head > facts.publishedNumber,
    events: availableEvents(facts, user),
    isAdmin: user.role === "admin",
    request,
  };
}
