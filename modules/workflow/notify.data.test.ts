import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { listNotifications, markAllRead, unreadCount } from "./queries/notifications";
import { makeInterview, makeUser } from "@/test/factories";
import { runLinkAction } from "@/lib/action/link";
import { runAction } from "@/modules/accounts";
import { guestCommentSpec } from "./comments";
import { approveSpec, requestChangesSpec, submitSpec } from "./interview-specs";
import { issuePreviewLinkSpec } from "./preview-links";

// Only this test's interview: other tests' submissions reach every reviewer too.
const kinds = async (userId: string, interviewId: string) =>
  (await listNotifications(userId)).filter((row) => row.interviewId === interviewId).map((row) => [row.kind, row.actorName, row.message]);

describe(`notifications (${database().dialect})`, () => {
  it("tells reviewers of a submission, and the writer of approvals, requests and comments, never the one who acted", async () => {
    const { interview, author } = await makeInterview({ title: "Ein Tag in der Montage" });
    const [reviewer, admin] = [await makeUser("reviewer"), await makeUser("admin")];
    await runAction(submitSpec, { interviewId: interview.id }, author);
    expect(await kinds(reviewer.id, interview.id)).toEqual([["submitted", author.name, null]]);
    expect(await kinds(admin.id, interview.id)).toEqual([["submitted", author.name, null]]);
    expect(await kinds(author.id, interview.id)).toEqual([]);

    await runAction(requestChangesSpec, { interviewId: interview.id, message: "Bitte kürzen." }, reviewer);
    await runAction(submitSpec, { interviewId: interview.id }, author);
    await runAction(approveSpec, { interviewId: interview.id, revisionNumber: 1 }, admin);
    const link = await runAction(issuePreviewLinkSpec, { interviewId: interview.id, days: 7, pinned: false }, author);
    if (!link.ok) throw new Error(link.error);
    await runLinkAction(guestCommentSpec, { token: link.data.url.split("/").pop()!, name: "Maren Vogt", message: "Schön!" });

    expect(await kinds(author.id, interview.id)).toEqual([
      ["comment", "Maren Vogt", "Schön!"],
      ["approved", admin.name, null],
      ["changes_requested", reviewer.name, "Bitte kürzen."],
    ]);
    const [newest] = await listNotifications(author.id);
    expect(newest?.title).toBe("Ein Tag in der Montage");
    // At least these three (editors also hear of other tests' interviews nobody wrote).
    expect(await unreadCount(author.id)).toBeGreaterThanOrEqual(3);
    await markAllRead(author.id);
    expect(await unreadCount(author.id)).toBe(0);
  });
});
