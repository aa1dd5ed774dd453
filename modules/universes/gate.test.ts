import { describe, expect, it } from "vitest";
import { topicGate, type GateStory } from "./gate";

const story = (universeId: string, status: GateStory["status"], head = 2, publishedNumber: number | null = null): GateStory => ({
  universeId,
  status,
  head,
  publishedNumber,
});

describe("the completeness gate", () => {
  it("releases a topic when every universe's story is approved", () => {
    expect(topicGate(["a", "b"], [story("a", "approved"), story("b", "approved")])).toEqual({ ready: true, holdbacks: [], toRelease: ["a", "b"] });
  });

  it("says which stories hold it back: missing, in review, sent back", () => {
    const gate = topicGate(["a", "b", "c", "d"], [story("a", "approved"), story("b", "in_review"), story("d", "changes_requested")]);
    expect(gate.ready).toBe(false);
    expect(gate.holdbacks).toEqual([
      { universeId: "b", reason: "in_review" },
      { universeId: "c", reason: "missing" },
      { universeId: "d", reason: "changes_requested" },
    ]);
  });

  it("counts a published story with nothing pending as settled, and one with pending changes as not", () => {
    expect(topicGate(["a", "b"], [story("a", "published", 2, 2), story("b", "approved")])).toMatchObject({ ready: true, toRelease: ["b"] });
    expect(topicGate(["a", "b"], [story("a", "published", 3, 2), story("b", "approved")]).holdbacks).toEqual([{ universeId: "a", reason: "draft" }]);
    // Nothing new to release.
    expect(topicGate(["a"], [story("a", "published", 2, 2)]).ready).toBe(false);
  });
});
