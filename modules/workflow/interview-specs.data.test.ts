import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { listAudit } from "@/modules/audit";
import { getInterview, saveDraftSpec } from "@/modules/interviews";
import { getLiveInterview } from "@/modules/public-site";
import { getSiteSettings } from "@/modules/site";
import { dateToWallTime } from "@/lib/dates";
import { makeInterview, makeUser, qaDoc } from "@/test/factories";
import { runLinkAction } from "@/lib/action/link";
import { runAction } from "@/modules/accounts";
import { localize } from "@/lib/i18n/bilingual";
import { CONSENT_LINK_UNUSABLE, giveConsentSpec, issueConsentLinkSpec, withdrawConsentSpec } from "./consent";
import {
  approveSpec,
  CONSENT_OVERRIDE_FOR_ADMINS,
  publishSpec,
  requestChangesSpec,
  revertToPublishedSpec,
  SCHEDULE,
  scheduleSpec,
  submitSpec,
  unpublishSpec,
  unscheduleSpec,
} from "./interview-specs";
import { REFUSALS } from "./messages";
import { runDueSchedules } from "./scheduler";

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
    expect(sentBack).toMatchObject({ ok: false, code: "validation", fieldErrors: { message: [expect.any(String)] } });
    expect(await runAction(requestChangesSpec, { interviewId: id, message: "Bitte den Vorspann kürzen." }, reviewer)).toMatchObject({
      ok: true,
      data: { status: "changes_requested" },
    });
    await runAction(submitSpec, { interviewId: id }, editor);
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer)).toMatchObject({ ok: true, data: { status: "approved" } });

    const withoutConsent = await runAction(publishSpec, { interviewId: id }, editor);
    expect(withoutConsent).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining(REFUSALS.checks.consent.de) });
    expect(await getLiveInterview("de", interview.slug)).toBeNull();

    await consent(id, editor);
    expect(await runAction(publishSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "published" } });
    expect((await getLiveInterview("de", interview.slug))?.title).toBe("Ein Tag im Labor");
    const actions = (await listAudit(200)).filter((entry) => entry.entityId === id).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(["interview.submit", "interview.request_changes", "interview.approve", "interview.consent", "interview.publish"]),
    );
  });

  it("keeps four eyes, and an approval belongs to the revision it saw", async () => {
    const { id, editor, reviewer, admin, author, form } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    // The interview's author, an admin here, cannot approve it; an editor cannot approve at all.
    const own = await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, { ...author, role: "admin" });
    expect(own).toMatchObject({ ok: false, code: "conflict", error: localize(REFUSALS.ownWork, "de") });
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    // A save after submission: the reviewer's approval of what they saw before is refused.
    await runAction(saveDraftSpec, form({ title: "Neu" }), editor);
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer)).toMatchObject({
      ok: false,
      code: "conflict",
      error: localize(REFUSALS.changed, "de"),
    });
    expect(await runAction(approveSpec, { interviewId: id, revisionNumber: 2 }, admin)).toMatchObject({ ok: true });
    // A change after approval needs a new approval: back to draft, and publishing is refused.
    await runAction(saveDraftSpec, form({ expectedHead: 2, title: "Noch neuer" }), editor);
    expect(await statusOf(id)).toBe("draft");
    expect(await runAction(publishSpec, { interviewId: id }, editor)).toMatchObject({ ok: false, code: "conflict", error: localize(REFUSALS.state, "de") });
  });

  it("of two approvals at the same moment, one wins and the other is told", async () => {
    const { id, editor, reviewer, admin } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    const results = await Promise.all([
      runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer),
      runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, admin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, code: "conflict" });
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
    expect(await runAction(unpublishSpec, { interviewId: id }, reviewer)).toMatchObject({ ok: false, code: "forbidden" });
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
    expect(await runLinkAction(giveConsentSpec, { token, revisionNumber: 1 })).toMatchObject({
      ok: false,
      code: "not_found",
      error: localize(CONSENT_LINK_UNUSABLE, "de"),
    });
  });

  it("lets only an admin publish without consent, with a reason that is audited", async () => {
    const { id, editor, reviewer, admin } = await setting();
    await runAction(submitSpec, { interviewId: id }, editor);
    await runAction(approveSpec, { interviewId: id, revisionNumber: 1 }, reviewer);
    const byEditor = await runAction(publishSpec, { interviewId: id, overrideReason: "Schriftlich eingeholt" }, editor);
    expect(byEditor).toMatchObject({ ok: false, code: "validation", fieldErrors: { overrideReason: [localize(CONSENT_OVERRIDE_FOR_ADMINS, "de")] } });
    expect(await runAction(publishSpec, { interviewId: id, overrideReason: "Einwilligung liegt schriftlich vor (Akte 12)" }, admin)).toMatchObject({
      ok: true,
    });
    const entry = (await listAudit(200)).find((row) => row.entityId === id && row.action === "interview.publish");
    expect(entry?.details).toMatchObject({ consentOverride: "Einwilligung liegt schriftlich vor (Akte 12)" });
  });
});

/** An approved interview the person consented to: ready to go out. */
async function approvedWithConsent() {
  const made = await setting();
  await runAction(submitSpec, { interviewId: made.id }, made.editor);
  await runAction(approveSpec, { interviewId: made.id, revisionNumber: 1 }, made.reviewer);
  await consent(made.id, made.editor);
  return made;
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);
/** A moment as the studio's date-and-time field writes it, in the site's zone. */
const wall = async (date: Date) => dateToWallTime(date, (await getSiteSettings()).timeZone);

describe(`scheduled publishing (${database().dialect})`, () => {
  it("publishes at the planned time: hidden before, live after, recorded once by several schedulers", async () => {
    const { id, editor, interview } = await approvedWithConsent();
    const past = await runAction(scheduleSpec, { interviewId: id, publishAt: await wall(inMinutes(-5)) }, editor);
    expect(past).toMatchObject({ ok: false, code: "validation", fieldErrors: { publishAt: [localize(SCHEDULE.past, "de")] } });
    const backwards = await runAction(scheduleSpec, { interviewId: id, publishAt: await wall(inMinutes(60)), unpublishAt: await wall(inMinutes(30)) }, editor);
    expect(backwards).toMatchObject({ ok: false, code: "validation", fieldErrors: { unpublishAt: [localize(SCHEDULE.order, "de")] } });

    const at = inMinutes(60);
    expect(await runAction(scheduleSpec, { interviewId: id, publishAt: await wall(at) }, editor)).toMatchObject({ ok: true, data: { status: "scheduled" } });
    expect(await getLiveInterview("de", interview.slug)).toBeNull();
    const due = new Date(at.getTime() + 1000);
    // Due is live at once, before any scheduler ran, with its planned time as the date.
    const early = await getLiveInterview("de", interview.slug, due);
    expect(early?.publishedAt?.getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);

    const runs = await Promise.all([runDueSchedules(due), runDueSchedules(due)]);
    expect(runs.flatMap((run) => run.published).filter((published) => published === id)).toEqual([id]);
    expect(await getInterview(id)).toMatchObject({ status: "published", publishAt: null, publishedAt: early?.publishedAt });
  });

  it("calls a plan off before its time, and takes an interview offline at its unpublish time", async () => {
    const { id, editor, interview } = await approvedWithConsent();
    await runAction(scheduleSpec, { interviewId: id, publishAt: await wall(inMinutes(60)) }, editor);
    expect(await runAction(unscheduleSpec, { interviewId: id }, editor)).toMatchObject({ ok: true, data: { status: "approved" } });
    expect(await getLiveInterview("de", interview.slug, inMinutes(61))).toBeNull();

    const until = inMinutes(120);
    expect(await runAction(publishSpec, { interviewId: id, unpublishAt: await wall(until) }, editor)).toMatchObject({ ok: true });
    expect(await getLiveInterview("de", interview.slug)).not.toBeNull();
    const after = new Date(until.getTime() + 1000);
    expect(await getLiveInterview("de", interview.slug, after)).toBeNull();
    expect((await runDueSchedules(after)).unpublished).toContain(id);
    expect(await getInterview(id)).toMatchObject({ status: "unpublished", publishedRevisionId: null, unpublishAt: null });
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
