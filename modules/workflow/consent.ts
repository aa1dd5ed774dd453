/**
 * The featured person's consent, given through a link without an account: they read their
 * interview as it will appear, then consent to that very revision or ask for changes. The
 * same link lets them withdraw later, which takes the interview offline at once.
 */
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { tables, type Executor } from "@/db/executor";
import { getInterview, takeOffline, type Interview, isLive, getRevisionByNumber } from "@/modules/interviews";
import { getPerson, fullName } from "@/modules/people";
import { createPreviewLink, type PreviewLink } from "./queries/preview-links";
import { addReviewEvent } from "./queries/review-events";
import { getSiteSettings } from "@/modules/site";
import { hasConsent } from "./queries/state";
import type { NotificationKind } from "@/db/schema/types";
import { actionSpec, type Defer, type LinkActionSpec } from "@/lib/action";
import { interviewChangeTags } from "@/lib/cache/tags";
import { config } from "@/lib/config";
import { UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { consentLinkMail } from "./consent-link-mail";
import { sendMail } from "@/lib/mail/send";
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "@/lib/tokens";
import { REFUSALS } from "./messages";
import { findInterviewLink } from "./preview-links";
import { notify } from "./notify";

/** A consent link stays usable for a year: long enough to withdraw consent with it later. */
export const CONSENT_LINK_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

export const CONSENT_LINK_UNUSABLE = msg(
  "Dieser Link ist abgelaufen oder wurde ersetzt. Bitte frag im Personalteam nach einem neuen.",
  "This link has expired or was replaced. Please ask the HR team for a new one.",
);

export function consentUrl(token: string): string {
  return `${config().siteUrl}/einwilligung/${token}`;
}

/** The link of a token, while it is usable (right purpose, not revoked, not expired). */
export function findConsentLink(token: string, now: Date, exec?: Executor): Promise<{ link: PreviewLink; interview: Interview } | null> {
  return findInterviewLink(token, "consent", now, exec);
}

type IssuedConsentLink = { url: string; expiresAt: string; name: string; email: string | null; mailed: boolean | null };

/** Issues a new consent link for the interview's person; older ones stop working. */
export const issueConsentLinkSpec = actionSpec({
  name: "consent.issueLink",
  input: z.object({ interviewId: z.string().min(1).max(64) }),
  permission: "interview.edit",
  run: async ({ interviewId }, { user, tx }): Promise<IssuedConsentLink> => {
    const interview = await getInterview(interviewId, tx);
    const person = interview && (await getPerson(interview.personId, tx));
    if (!interview || !person) throw notFound(REFUSALS.gone);
    const { previewLinks } = tables();
    await tx
      .update(previewLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(previewLinks.interviewId, interviewId), eq(previewLinks.purpose, "consent"), isNull(previewLinks.revokedAt)));
    const token = newLinkToken();
    const expiresAt = new Date(Date.now() + CONSENT_LINK_LIFETIME_MS);
    await createPreviewLink({ tokenHash: hashLinkToken(token), purpose: "consent", interviewId, expiresAt, createdBy: user.id }, tx);
    await audit(
      {
        actorUserId: user.id,
        action: "interview.consent_link",
        entityType: "interview",
        entityId: interviewId,
        details: { mailTo: person.email ? "person" : null },
      },
      tx,
    );
    return { url: consentUrl(token), expiresAt: expiresAt.toISOString(), name: fullName(person), email: person.email, mailed: null };
  },
  // The mail goes out after the commit; without SMTP or an address the editor passes the link on.
  afterCommit: async (link) => {
    if (!link.email) return link;
    const settings = await getSiteSettings();
    return { ...link, mailed: await sendMail(consentLinkMail({ ...link, email: link.email }, settings.companyName)) };
  },
});

const token = z.string().regex(LINK_TOKEN_PATTERN, CONSENT_LINK_UNUSABLE);

async function usable(value: string, tx: Executor) {
  const found = await findConsentLink(value, new Date(), tx);
  if (!found) throw notFound(CONSENT_LINK_UNUSABLE);
  const person = await getPerson(found.interview.personId, tx);
  return { ...found, name: person ? fullName(person) : null };
}

/** Tells the interview's writers what the person did, under the person's name. */
async function tellWriters(kind: NotificationKind, interview: Interview, name: string | null, message: string | null, tx: Executor, defer: Defer) {
  const head = await getRevisionByNumber({ interviewId: interview.id }, interview.headRevision, tx);
  await notify({ kind, owner: { interviewId: interview.id }, title: head?.title ?? "", actor: { userId: null, name }, message }, tx, defer);
}

const TEXT_CHANGED = msg(
  "Der Text wurde inzwischen geändert. Bitte lies die neue Fassung, bevor du zustimmst.",
  "The text was changed in the meantime. Please read the new version before you consent.",
);

/** Consent to the revision the person read (if it changed meanwhile, they read again). */
export const giveConsentSpec: LinkActionSpec<z.ZodType<{ token: string; revisionNumber: number }>, { revisionNumber: number }> = {
  name: "consent.give",
  input: z.object({ token, revisionNumber: z.number().int().min(1) }),
  run: async ({ token: value, revisionNumber }, { tx, defer }) => {
    const { interview, name } = await usable(value, tx);
    if (interview.headRevision !== revisionNumber) throw new UserFacingError(TEXT_CHANGED);
    if (!(await hasConsent(interview.id, revisionNumber, tx))) {
      await addReviewEvent({ interviewId: interview.id, kind: "consent_given", revisionNumber, actorName: name }, tx);
      await audit(
        { actorUserId: null, action: "interview.consent", entityType: "interview", entityId: interview.id, details: { revision: revisionNumber } },
        tx,
      );
      await tellWriters("consent_given", interview, name, null, tx, defer);
    }
    return { revisionNumber };
  },
};

/** The person asks for changes: a comment in the interview's review thread, under their name. */
export const askChangesSpec: LinkActionSpec<z.ZodType<{ token: string; message: string }>, { sent: true }> = {
  name: "consent.askChanges",
  input: z.object({
    token,
    message: z
      .string()
      .trim()
      .min(1, msg("Bitte schreib, was geändert werden soll.", "Please write what should change."))
      .max(2000, msg("Höchstens 2000 Zeichen, bitte.", "At most 2000 characters, please.")),
  }),
  run: async ({ token: value, message }, { tx, defer }) => {
    const { interview, name } = await usable(value, tx);
    await addReviewEvent({ interviewId: interview.id, kind: "comment", revisionNumber: interview.headRevision, actorName: name, message }, tx);
    await tellWriters("comment", interview, name, message, tx, defer);
    return { sent: true };
  },
};

/** Withdrawing consent takes a live interview offline at once and is recorded for the editors. */
export const withdrawConsentSpec: LinkActionSpec<z.ZodType<{ token: string }>, { interviewId: string; unpublished: boolean }> = {
  name: "consent.withdraw",
  input: z.object({ token }),
  run: async ({ token: value }, { tx, defer }) => {
    const { interview, name } = await usable(value, tx);
    await addReviewEvent({ interviewId: interview.id, kind: "consent_withdrawn", revisionNumber: interview.headRevision, actorName: name }, tx);
    const live = isLive(interview);
    if (live) await takeOffline(interview.id, tx);
    await audit(
      { actorUserId: null, action: "interview.consent_withdrawn", entityType: "interview", entityId: interview.id, details: { unpublished: live } },
      tx,
    );
    await tellWriters("consent_withdrawn", interview, name, null, tx, defer);
    return { interviewId: interview.id, unpublished: live };
  },
  revalidates: (data) => (data.unpublished ? interviewChangeTags(data.interviewId) : []),
};
