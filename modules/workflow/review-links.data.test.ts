import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { tables } from "@/db/executor";
import { listActivePreviewLinks } from "./queries/preview-links";
import { listComments } from "./queries/review-events";
import { getRevisionByNumber } from "@/modules/interviews";
import { questionsOf } from "@/lib/content/text";
import { makeInterview, makeUser } from "@/test/factories";
import { runLinkAction } from "@/lib/action/link";
import { runAction } from "@/modules/accounts";
import { localize } from "@/lib/i18n/bilingual";
import { addCommentSpec, COMMENT_GONE, guestCommentSpec } from "./comments";
import { findPreviewLink, issuePreviewLinkSpec, PREVIEW_LINK_UNUSABLE, revokePreviewLinkSpec } from "./preview-links";

async function issued(interviewId: string, editor: Awaited<ReturnType<typeof makeUser>>, pinned = false) {
  const result = await runAction(issuePreviewLinkSpec, { interviewId, days: 7, pinned }, editor);
  if (!result.ok) throw new Error(result.error);
  return result.data.url.split("/").pop()!;
}

describe(`preview links and comments (${database().dialect})`, () => {
  it("opens an interview to people without an account for a week, until revoked; only editors make them", async () => {
    const { interview } = await makeInterview();
    const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
    expect(await runAction(issuePreviewLinkSpec, { interviewId: interview.id, days: 7, pinned: false }, reviewer)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await runAction(issuePreviewLinkSpec, { interviewId: interview.id, days: 3, pinned: false }, editor)).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { days: [expect.any(String)] },
    });

    const token = await issued(interview.id, editor, true);
    const found = await findPreviewLink(token, new Date());
    expect(found?.interview?.id).toBe(interview.id);
    const [active] = await listActivePreviewLinks({ interviewId: interview.id });
    expect(active).toMatchObject({ pinnedNumber: 1, createdByName: editor.name });
    // Seven days, not one minute more; the token itself is stored nowhere.
    expect(await findPreviewLink(token, new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000))).toBeNull();
    const { previewLinks } = tables();
    expect(await database().db.select().from(previewLinks).where(eq(previewLinks.tokenHash, token))).toEqual([]);

    expect(await runAction(revokePreviewLinkSpec, { interviewId: interview.id, linkId: active!.id }, editor)).toMatchObject({ ok: true });
    expect(await findPreviewLink(token, new Date())).toBeNull();
    expect(await listActivePreviewLinks({ interviewId: interview.id })).toEqual([]);
    const refused = await runLinkAction(guestCommentSpec, { token, name: "Maren", message: "Schön!" });
    expect(refused).toMatchObject({ ok: false, code: "not_found", error: localize(PREVIEW_LINK_UNUSABLE, "de") });
  });

  it("takes comments under a name, anchored to a question, and threads the replies", async () => {
    const { interview } = await makeInterview();
    const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
    const token = await issued(interview.id, editor);
    const head = await getRevisionByNumber({ interviewId: interview.id }, 1);
    const question = questionsOf(head!.body)[0]!;

    expect(await runLinkAction(guestCommentSpec, { token, name: " ", message: "Schön!" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { name: [expect.any(String)] },
    });
    const unknownAnchor = await runLinkAction(guestCommentSpec, { token, name: "Maren Vogt", message: "Hier fehlt was.", anchorBlockId: "qa-gibt-es-nicht" });
    expect(unknownAnchor).toMatchObject({ ok: false, code: "validation", fieldErrors: { anchorBlockId: [localize(COMMENT_GONE.anchor, "de")] } });
    const first = await runLinkAction(guestCommentSpec, { token, name: "Maren Vogt", message: "Die Antwort ist zu lang.", anchorBlockId: question.id });
    if (!first.ok) throw new Error(first.error);
    const reply = await runAction(addCommentSpec, { interviewId: interview.id, message: "Kürzen wir.", parentId: first.data.id }, reviewer);
    if (!reply.ok) throw new Error(reply.error);
    // An answer to the answer joins the same thread, at the same question.
    await runLinkAction(guestCommentSpec, { token, name: "Maren Vogt", message: "Danke!", parentId: reply.data.id });

    const comments = await listComments({ interviewId: interview.id });
    expect(comments.map((comment) => [comment.who, comment.message, comment.anchorBlockId, comment.parentId, comment.guest])).toEqual([
      ["Maren Vogt", "Die Antwort ist zu lang.", question.id, null, true],
      [reviewer.name, "Kürzen wir.", question.id, first.data.id, false],
      ["Maren Vogt", "Danke!", question.id, first.data.id, true],
    ]);
  });
});
