import { describe, expect, it } from "vitest";
import { CONTENT_STATUSES, type ContentStatus, type Role } from "@/db/schema/types";
import { availableEvents, decide, statusAfterEdit, WORKFLOW_EVENTS, type WorkflowEvent, type WorkflowFacts } from "./machine";

const actor = (role: Role, id = `${role}-1`) => ({ id, role, disabled: false });
const ROLES: Role[] = ["admin", "editor", "reviewer"];

// An interview written by "writer", its newest revision 3; published (or scheduled) means
// that revision is the public one, with no changes pending.
const fresh = (status: ContentStatus, extra: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
  status,
  head: 3,
  publishedNumber: status === "published" || status === "scheduled" ? 3 : null,
  approvedNumber: status === "approved" ? 3 : null,
  authors: ["writer"],
  ...extra,
});

/**
 * Every event in every state, for every role, written out: the state it leads to, or why
 * not ("state": not from here; "forbidden": not for this role; or the rule that refuses).
 */
const EXPECTED: Record<WorkflowEvent, Partial<Record<ContentStatus, Record<Role, string>>>> = {
  submit: {
    draft: { admin: "in_review", editor: "in_review", reviewer: "forbidden" },
    changes_requested: { admin: "in_review", editor: "in_review", reviewer: "forbidden" },
    unpublished: { admin: "in_review", editor: "in_review", reviewer: "forbidden" },
    published: { admin: "nothingNew", editor: "nothingNew", reviewer: "forbidden" },
  },
  requestChanges: {
    in_review: { admin: "changes_requested", editor: "forbidden", reviewer: "changes_requested" },
    approved: { admin: "changes_requested", editor: "forbidden", reviewer: "changes_requested" },
  },
  approve: { in_review: { admin: "approved", editor: "forbidden", reviewer: "approved" } },
  publish: { approved: { admin: "published", editor: "published", reviewer: "forbidden" } },
  schedule: { approved: { admin: "scheduled", editor: "scheduled", reviewer: "forbidden" } },
  unschedule: { scheduled: { admin: "approved", editor: "approved", reviewer: "forbidden" } },
  unpublish: {
    published: { admin: "unpublished", editor: "unpublished", reviewer: "forbidden" },
    scheduled: { admin: "unpublished", editor: "unpublished", reviewer: "forbidden" },
  },
  revertToPublished: {},
  archive: {
    draft: { admin: "archived", editor: "archived", reviewer: "forbidden" },
    unpublished: { admin: "archived", editor: "archived", reviewer: "forbidden" },
  },
};

const outcome = (event: WorkflowEvent, facts: WorkflowFacts, role: Role) => {
  const decision = decide(event, facts, actor(role));
  return decision.ok ? decision.to : decision.reason;
};

describe("the review workflow", () => {
  it("allows exactly the written-out transitions, per state and role", () => {
    for (const event of WORKFLOW_EVENTS) {
      for (const status of CONTENT_STATUSES) {
        for (const role of ROLES) {
          const expected = EXPECTED[event][status]?.[role];
          const got = outcome(event, fresh(status), role);
          if (expected) expect(got, `${event} from ${status} as ${role}`).toBe(expected);
          // Everything not written out is refused, for one reason or another.
          else expect(decide(event, fresh(status), actor(role)).ok, `${event} from ${status} as ${role}: ${got}`).toBe(false);
        }
      }
    }
  });

  it("keeps four eyes: nobody approves what they wrote, whatever their role", () => {
    expect(decide("approve", fresh("in_review"), actor("admin", "writer"))).toEqual({ ok: false, reason: "ownWork" });
    expect(decide("approve", fresh("in_review", { authors: ["writer", "reviewer-1"] }), actor("reviewer"))).toEqual({ ok: false, reason: "ownWork" });
  });

  it("publishes only the revision that was approved", () => {
    expect(decide("publish", fresh("approved", { approvedNumber: 2 }), actor("editor"))).toEqual({ ok: false, reason: "notApproved" });
  });

  it("handles a published interview with changes pending: review, revert, unpublish", () => {
    const live = (status: ContentStatus, head = 5): WorkflowFacts => ({ status, head, publishedNumber: 4, approvedNumber: null, authors: ["writer"] });
    expect(outcome("submit", live("published"), "editor")).toBe("in_review");
    expect(outcome("submit", live("published", 4), "editor")).toBe("nothingNew");
    expect(outcome("revertToPublished", live("draft"), "editor")).toBe("published");
    expect(outcome("revertToPublished", live("in_review"), "reviewer")).toBe("forbidden");
    expect(outcome("revertToPublished", live("draft", 4), "editor")).toBe("nothingPending");
    for (const status of ["published", "draft", "in_review", "approved"] as const) expect(outcome("unpublish", live(status), "editor")).toBe("unpublished");
    expect(outcome("unpublish", live("published"), "reviewer")).toBe("forbidden");
    expect(availableEvents(live("published"), actor("editor"))).toEqual(["submit", "unpublish"]);
    // Approved changes to a live interview go out now, not at a later time.
    expect(outcome("schedule", { ...live("approved"), approvedNumber: 5 }, "editor")).toBe("alreadyLive");
    expect(outcome("schedule", fresh("approved", { approvedNumber: 2 }), "editor")).toBe("notApproved");
    expect(availableEvents(live("in_review"), actor("reviewer"))).toEqual(["requestChanges", "approve"]);
  });

  it("sends an approved or sent-back text back to draft when it is edited", () => {
    expect(statusAfterEdit("approved")).toBe("draft");
    expect(statusAfterEdit("changes_requested")).toBe("draft");
    expect(statusAfterEdit("in_review")).toBe("in_review");
    expect(statusAfterEdit("published")).toBe("published");
  });
});
