import { describe, expect, it } from "vitest";
import { threadsOf } from "./threads";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 10, minute));
const comment = (id: string, minute: number, parentId: string | null = null, anchorBlockId: string | null = null) => ({
  id,
  parentId,
  anchorBlockId,
  createdAt: at(minute),
});

describe("comment threads", () => {
  it("gathers replies under their first comment, in order, and puts the latest conversation first", () => {
    const threads = threadsOf([comment("b", 2, null, "qa-1"), comment("a", 1), comment("a2", 3, "a"), comment("a1", 2, "a"), comment("c", 4)]);
    expect(threads.map((thread) => [thread.root.id, ...thread.replies.map((reply) => reply.id)])).toEqual([["c"], ["a", "a1", "a2"], ["b"]]);
    expect(threads[2]!.root.anchorBlockId).toBe("qa-1");
  });

  it("keeps a reply whose thread is gone", () => {
    expect(threadsOf([comment("x", 1, "missing")]).map((thread) => thread.root.id)).toEqual(["x"]);
  });
});
