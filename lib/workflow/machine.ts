import type { ContentStatus } from "@/db/schema/types";
import { can, type Action, type Actor } from "@/lib/permissions";

/**
 * The review workflow of DESIGN.md §4, one state machine for interviews (and, later,
 * work-universe stories). `status` describes the working copy: a published interview that
 * is being changed stays live on its published revision while its changes go through
 * draft → in review → approved, and is published again from there.
 *
 * Pure: it answers "may this actor do this now, and what state follows", from facts the
 * caller reads in its transaction. The actions (modules/workflow/interview-specs.ts) enforce it; the
 * studio shows exactly the events `availableEvents` returns.
 */
export const WORKFLOW_EVENTS = [
  "submit",
  "requestChanges",
  "approve",
  "publish",
  "schedule",
  "unschedule",
  "unpublish",
  "revertToPublished",
  "archive",
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

export type WorkflowFacts = {
  status: ContentStatus;
  /** The newest revision's number (what an approval and a publication refer to). */
  head: number;
  /** The number of the revision the public sees, if any. */
  publishedNumber: number | null;
  /** The revision number the latest approval was given for, if any. */
  approvedNumber: number | null;
  /** Who wrote the interview: its creator and the author of its newest revision. */
  authors: (string | null)[];
};

type Rule = {
  from: readonly ContentStatus[];
  to: ContentStatus;
  permission: Action;
  /** Further conditions; a failing one names why (a key of WORKFLOW_REFUSALS). */
  check?: (facts: WorkflowFacts, actor: Actor) => WorkflowRefusal | null;
};

export const WORKFLOW_REFUSALS = ["nothingNew", "ownWork", "notApproved", "notPublished", "nothingPending", "alreadyLive"] as const;
export type WorkflowRefusal = (typeof WORKFLOW_REFUSALS)[number];

const live = (facts: WorkflowFacts) => facts.publishedNumber !== null;
const pending = (facts: WorkflowFacts) => facts.publishedNumber === null || facts.head > facts.publishedNumber;

const RULES: Record<WorkflowEvent, Rule> = {
  // There must be something to review: a first version, or changes to a published one.
  submit: {
    from: ["draft", "changes_requested", "published", "unpublished"],
    to: "in_review",
    permission: "interview.submit",
    check: (facts) => (facts.status === "unpublished" || pending(facts) ? null : "nothingNew"),
  },
  requestChanges: { from: ["in_review", "approved"], to: "changes_requested", permission: "interview.review" },
  // Four eyes: nobody approves what they wrote.
  approve: {
    from: ["in_review"],
    to: "approved",
    permission: "interview.approve",
    check: (facts, actor) => (facts.authors.includes(actor.id) ? "ownWork" : null),
  },
  // Only the very revision that was approved goes live.
  publish: {
    from: ["approved"],
    to: "published",
    permission: "interview.publish",
    check: (facts) => (facts.approvedNumber === facts.head ? null : "notApproved"),
  },
  // A first publication (or a return after unpublishing) at a set time. Changes to a live
  // interview go out with "publish": its old text must not stay online past their approval.
  schedule: {
    from: ["approved"],
    to: "scheduled",
    permission: "interview.publish",
    check: (facts) => (facts.approvedNumber !== facts.head ? "notApproved" : live(facts) ? "alreadyLive" : null),
  },
  // Back to approved before the time comes (once it has, the interview is live: unpublish).
  unschedule: { from: ["scheduled"], to: "approved", permission: "interview.publish" },
  unpublish: {
    from: ["published", "draft", "in_review", "changes_requested", "approved", "scheduled"],
    to: "unpublished",
    permission: "interview.publish",
    check: (facts) => (live(facts) ? null : "notPublished"),
  },
  // Drops the pending changes of a live interview: the published text becomes the newest again.
  revertToPublished: {
    from: ["draft", "in_review", "changes_requested", "approved"],
    to: "published",
    permission: "interview.edit",
    check: (facts) => (!live(facts) ? "notPublished" : pending(facts) ? null : "nothingPending"),
  },
  archive: { from: ["unpublished", "draft"], to: "archived", permission: "interview.publish" },
};

export type Decision = { ok: true; to: ContentStatus } | { ok: false; reason: "state" | "forbidden" | WorkflowRefusal };

/** Whether `actor` may fire `event` on an item with these facts, and the state it leads to. */
export function decide(event: WorkflowEvent, facts: WorkflowFacts, actor: Actor): Decision {
  const rule = RULES[event];
  if (!rule.from.includes(facts.status)) return { ok: false, reason: "state" };
  if (!can(actor, rule.permission)) return { ok: false, reason: "forbidden" };
  const refusal = rule.check?.(facts, actor) ?? null;
  return refusal ? { ok: false, reason: refusal } : { ok: true, to: rule.to };
}

/** The events the studio offers this actor now (exactly those `decide` allows). */
export function availableEvents(facts: WorkflowFacts, actor: Actor): WorkflowEvent[] {
  return WORKFLOW_EVENTS.filter((event) => decide(event, facts, actor).ok);
}

/**
 * What a save does to the state: an approval belongs to the revision it saw, so changes
 * after it need a new one; changes after a request for changes are work in progress again.
 */
export function statusAfterEdit(status: ContentStatus): ContentStatus {
  return status === "approved" || status === "changes_requested" ? "draft" : status;
}
