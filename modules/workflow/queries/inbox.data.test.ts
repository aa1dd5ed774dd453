import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { makeInterview, makeUser } from "@/test/factories";
import { tables } from "@/db/executor";
import { awaitingReview, commentedBy } from "./inbox";
import { setInterviewStatus } from "@/modules/interviews";
import { addReviewEvent } from "./review-events";

describe(`the reviewer's inbox (${database().dialect})`, () => {
  it("lists what waits for review, except what the reviewer wrote", async () => {
    const reviewer = await makeUser("admin");
    const theirs = await makeInterview({ title: "Von jemand anderem" });
    await setInterviewStatus(theirs.interview.id, "in_review");
    const own = await makeInterview({ title: "Selbst geschrieben" });
    const { interviews } = tables();
    await database().db.update(interviews).set({ createdBy: reviewer.id, status: "in_review" }).where(eq(interviews.id, own.interview.id));
    const waiting = (await awaitingReview(reviewer.id, 500)).map((item) => item.id);
    expect(waiting).toContain(theirs.interview.id);
    expect(waiting).not.toContain(own.interview.id);
  });

  it("lists what a reviewer commented on, with the replies since their last comment", async () => {
    const [reviewer, editor] = [await makeUser("reviewer"), await makeUser("editor")];
    const { interview } = await makeInterview({ title: "Kommentiert" });
    const comment = (actorUserId: string | null, message: string, actorName: string | null = null) =>
      addReviewEvent({ interviewId: interview.id, kind: "comment", revisionNumber: 1, actorUserId, actorName, message });
    await comment(editor.id, "Vorher");
    await comment(reviewer.id, "Bitte kürzen.");
    await comment(editor.id, "Erledigt.");
    await comment(null, "Sehr schön!", "Maren Vogt");
    expect(await commentedBy(reviewer.id)).toEqual([expect.objectContaining({ id: interview.id, title: "Kommentiert", newerReplies: 2 })]);
    expect(await commentedBy(editor.id)).toEqual([expect.objectContaining({ id: interview.id, newerReplies: 1 })]);
  });
});
