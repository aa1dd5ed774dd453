import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { getInterview } from "@/db/queries/interviews";
import { getLiveInterview } from "@/db/queries/public-interviews";
import { makeInterview, makeUser, qaDoc } from "@/test/factories";
import { runAction, runLinkAction } from "../action";
import { saveDraftSpec } from "../interviews/draft";
import { giveConsentSpec, issueConsentLinkSpec, withdrawConsentSpec } from "./consent";
import { approveSpec, publishSpec, requestChangesSpec, revertToPublishedSpec, submitSpec, unpublishSpec } from "./interview-actions";

async function setting() {
  const made = await makeInterview({ title: "Ein Tag im Labor" });
  const [editor, reviewer, admin] = [await makeUser("editor"), await makeUser("reviewer"), await makeUser("admin")];
  const form = (patch: Record<string, unknown>) => ({ ...draftForm(made.interview.id), slug: made.interview.slug, personId: made.person.id, ...patch });
  return { ...made, id: made.interview.id, editor, reviewer, admin, form };
}

/** The person consents through their link, as the consent page does. */
async function consent(interviewId: string, editor: Awaited<ReturnType<typeof makeUser>>) {
  const link = await runAction(issueConsentLinkSpec, { interviewId }, editor);
  if (!link.ok) throw new Error(link.error);
  const token = link.data.url.split("/").pop()!;
  const head = (await getInterview(interviewId))!.headRevision;
  expect(await runLinkAction(giveConsentSpec, { token, revisionNumber: head })).toMatchObject({ ok: true });
  return token;
}

const statusOf = async (id: string) => (await getInterview(id))?.status;

describe(`review and publishing (${database().dialect})`, () => {
  it("goes from draft to live only through review, approval and the person's consent", async () => {
    const { id, editor, reviewer, interview } = await setting();
    expect(await runAction(submitSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "in_review" } });
    const sentBack = await runAction(requestChangesSpec, { interviewId: id, message: "" }, reviewer);
    expect(!sentBack.ok && sentBack.fieldErrors?.message?.[0]).toMatch(/^Bitte schreib dazu/);
    expect(await runAction(requestChangesSpec, { interviewId: id, message: "Bitte den Vorspann kürzen." }, reviewer)).toMatchObject({ ok: true, data: { status: "changes_requested" } });
    await runAction(submitSpec, { interviewId: id }, editor);
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer)).toMatchObject({ ok: true, data: { status: "approved" } });

    const withoutConsent = await runAction(publishSpec, { interviewId: id }, editor);
    expect(withoutConsent).toMatchObject({ ok: false, error: expect.stringContaining("Die Einwilligung der Person zu dieser Fassung fehlt.") });
    expect(await getLiveInterview("de", interview.slug)).toBeNull();

    await consent(id, editor);
    expect(await runAction(publishSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "published" } });
    expect((await getLiveInterview("de", interview.slug))?.title).toBe("Ein Tag im Labor");
    const actions = (await listAudit(200)).filter((entry) => entry.entityId === id).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["interview.submit", "interview.request_changes", "interview.approve", "interview.consent", "interview.publish"]));
  });

  it("keeps four eyes, and an approval belongs to the revision it saw", async () => {
    const { id, editor, reviewer, admin, author, form } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    // The interview's author, an admin here, cannot approve it; an editor cannot approve at all.
    const own = await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, { ...author, role: "admin" });
    expect(own).toMatchObject({ ok: false, error: expect.stringMatching(/^Vier Augen/) });
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, editor)).toMatchObject({ ok: false, error: "Dafür fehlt dir die Berechtigung." });
    // A save after submission: the reviewer's approval of what they saw before is refused.
    await runAction(saveDraftSpec, form({ title: "Neu" }), editor);
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer)).toMatchObject({ ok: false, error: expect.stringMatching(/^Inzwischen hat sich etwas geändert/) });
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 2 }, admin)).toMatchObject({ ok: true });
    // A change after approval needs a new approval: back to draft, and publishing is refused.
    await runAction(saveDraftSpec, form({ expectedHead: 2, title: "Noch neuer" }), editor);
    expect(await statusOf(id)).toBe("draft");
    expect(await runAction(publishSpec, { interviewId: id }, editor)).toMatchObject({ ok: false });
  });

  it("of two approvals at the same moment, one wins and the other is told", async () => {
    const { id, editor, reviewer, admin } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    const results = await Promise.all([runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer), runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, admin)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await statusOf(id)).toBe("approved");
  });

  it("keeps a published interview live on its published text while changes go through review", async () => {
    const { id, editor, reviewer, interview, form } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer);
    await consent(id, editor);
    await runAction(publishSpec, { interviewId: id }, editor);

    await runAction(saveDraftSpec, form({ title: "Die neue Fassung" }), editor);
    expect(await statusOf(id)).toBe("published");
    expect(await runAction(submitSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "in_review" } });
    expect((await getLiveInterview("de", interview.slug))?.title).toBe("Ein Tag im Labor");

    // Dropping the changes makes the published text the newest again.
    expect(await runAction(revertToPublishedSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "published", head: 3 } });
    expect((await getInterview(id))?.headRevision).toBe(3);
    expect(await runAction(unpublishSpec, { interviewId: id }, reviewer)).toMatchObject({ ok: false });
    expect(await runAction(unpublishSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "unpublished" } });
    expect(await getLiveInterview("de", interview.slug)).toBeNull();
    // Going back into review does not bring the old text back online.
    expect(await runAction(submitSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "in_review" } });
    expect(await getLiveInterview("de", interview.slug)).toBeNull();
  });

  it("takes the interview offline at once when the person withdraws consent", async () => {
    const { id, editor, reviewer, interview } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer);
    const token = await consent(id, editor);
    await runAction(publishSpec, { interviewId: id }, editor);
    expect(await getLiveInterview("de", interview.slug)).not.toBeNull();
    expect(await runLinkAction(withdrawConsentSpec, { token })).toMatchObject({ ok: true, data: { unpublished: true } });
    expect(await getLiveInterview("de", interview.slug)).toBeNull();
    expect(await statusOf(id)).toBe("unpublished");
    await runAction(submitSpec, { interviewId: id }, editor);
    expect(await getLiveInterview("de", interview.slug)).toBeNull();
    // A newer link replaces the old one.
    await runAction(issueConsentLinkSpec, { interviewId: id }, editor);
    expect(await runLinkAction(giveConsentSpec, { token, revisionNumber: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/^Dieser Link ist abgelaufen oder wurde ersetzt/) });
  });

  it("lets only an admin publish without consent, with a reason that is audited", async () => {
    const { id, editor, reviewer, admin } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer);
    const byEditor = await runAction(publishSpec, { interviewId: id, overrideReason: "Schriftlich eingeholt" }, editor);
    expect(!byEditor.ok && byEditor.fieldErrors?.overrideReason?.[0]).toMatch(/^Ohne Einwilligung der Person kann nur die Administration/);
    expect(await runAction(publishSpec, { interviewId: id, overrideReason: "Einwilligung liegt schriftlich vor (Akte 12)" }, admin)).toMatchObject({ ok: true });
    const entry = (await listAudit(200)).find((row) => row.entityId === id && row.action === "interview.publish");
    expect(entry?.details).toMatchObject({ consentOverride: "Einwilligung liegt schriftlich vor (Akte 12)" });
  });
});

/** The editor's fields for a save (address and person come from the interview). */
function draftForm(interviewId: string) {
  return {
    interviewId,
    expectedHead: 1,
    kind: "save" as const,
    title: "Ein Tag im Labor",
    teaser: "Vorspann",
    body: qaDoc("Was machst du?", "Ich prüfe Werkstoffe."),
    seoTitle: "",
    seoDescription: "",
    ctaLabel: "",
    ctaUrl: "",
    socialImageAssetId: null,
    seriesId: null,
    locale: "de",
  };
}
