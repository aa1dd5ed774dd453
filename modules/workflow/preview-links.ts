/**
 * Preview links: people without an account (a manager, the featured person's team lead)
 * read an interview or a work-universe story as it will appear and comment under a name
 * they give. A link is scoped to one interview or story, follows its newest version or is pinned to one, expires (a week unless
 * chosen otherwise), and can be revoked. Approving still needs a signed-in reviewer.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import type { Executor } from "@/db/executor";
import { getInterview, type Interview, getRevisionByNumber } from "@/modules/interviews";
import { createPreviewLink, findUsableLink, getPreviewLink, listActivePreviewLinks, revokePreviewLink, type PreviewLink } from "./queries/preview-links";
import { getStory, type Story } from "@/modules/universes";
import type { Owner } from "./queries/state";
import { actionSpec } from "@/lib/action";
import { config } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "@/lib/tokens";
import { REFUSALS } from "./messages";

/** How long a new preview link works, in days; the studio offers these. */
export const PREVIEW_LINK_DAYS = [1, 7, 14, 30] as const;
export const DEFAULT_PREVIEW_LINK_DAYS = 7;

export const PREVIEW_LINK_UNUSABLE = msg(
  "Dieser Vorschau-Link ist abgelaufen oder wurde widerrufen. Bitte frag im Personalteam nach einem neuen.",
  "This preview link has expired or was revoked. Please ask the HR team for a new one.",
);

/** What the studio's preview-links section lists and offers for an interview or a story (dates as ISO strings). */
export async function previewLinksPanel(owner: Owner) {
  const links = await listActivePreviewLinks(owner);
  return {
    links: links.map(({ id, expiresAt, pinnedNumber, createdByName }) => ({ id, expiresAt: expiresAt.toISOString(), pinnedNumber, createdByName })),
    days: { offered: PREVIEW_LINK_DAYS, initial: DEFAULT_PREVIEW_LINK_DAYS },
  };
}

export function previewUrl(token: string): string {
  return `${config().siteUrl}/vorschau/${token}`;
}

/** What a preview link opens: an interview, or a work-universe story. */
export type PreviewTarget = { interview: Interview; story?: never } | { story: Story; interview?: never };

/** The link of a token while it is usable (a preview link, not revoked, not expired), with what it opens. */
export async function findPreviewLink(token: string, now: Date, exec?: Executor): Promise<({ link: PreviewLink } & PreviewTarget) | null> {
  const link = await usableLink(token, "preview", now, exec);
  if (link?.interviewId) {
    const interview = await getInterview(link.interviewId, exec);
    return interview ? { link, interview } : null;
  }
  const story = link?.storyId ? await getStory(link.storyId, exec) : null;
  return link && story ? { link, story } : null;
}

/** A usable link of a token with its interview; a malformed token is refused before any lookup. */
export async function findInterviewLink(
  token: string,
  purpose: PreviewLink["purpose"],
  now: Date,
  exec?: Executor,
): Promise<{ link: PreviewLink; interview: Interview } | null> {
  const link = await usableLink(token, purpose, now, exec);
  const interview = link?.interviewId ? await getInterview(link.interviewId, exec) : null;
  return link && interview ? { link, interview } : null;
}

function usableLink(token: string, purpose: PreviewLink["purpose"], now: Date, exec?: Executor): Promise<PreviewLink | null> {
  return LINK_TOKEN_PATTERN.test(token) ? findUsableLink(hashLinkToken(token), purpose, now, exec) : Promise.resolve(null);
}

const id = z.string().min(1).max(64);
/** An interview's or a story's links: the same links, the same rules. */
const ownerField = z.union([z.object({ interviewId: id }), z.object({ storyId: id })]);
const ownerOf = (input: z.infer<typeof ownerField>): Owner => ("interviewId" in input ? { interviewId: input.interviewId } : { storyId: input.storyId });

async function headOf(owner: Owner, tx: Executor): Promise<number | null> {
  const item = "interviewId" in owner ? await getInterview(owner.interviewId, tx) : await getStory(owner.storyId, tx);
  return item?.headRevision ?? null;
}

const auditEntity = (owner: Owner) =>
  "interviewId" in owner ? { entityType: "interview", entityId: owner.interviewId } : { entityType: "story", entityId: owner.storyId };

export const issuePreviewLinkSpec = actionSpec({
  name: "preview.issueLink",
  input: ownerField.and(
    z.object({
      days: z.coerce
        .number()
        .int()
        .refine(
          (days) => (PREVIEW_LINK_DAYS as readonly number[]).includes(days),
          msg("Bitte eine der angebotenen Laufzeiten wählen.", "Please choose one of the offered durations."),
        ),
      pinned: z.boolean(),
    }),
  ),
  permission: "interview.edit",
  run: async (input, { user, tx }) => {
    const owner = ownerOf(input);
    const head = await headOf(owner, tx);
    if (head === null) throw notFound(REFUSALS.gone);
    const revision = input.pinned ? await getRevisionByNumber(owner, head, tx) : null;
    const token = newLinkToken();
    const expiresAt = new Date(Date.now() + input.days * 24 * 60 * 60 * 1000);
    await createPreviewLink(
      { tokenHash: hashLinkToken(token), purpose: "preview", ...owner, pinnedRevisionId: revision?.id ?? null, expiresAt, createdBy: user.id },
      tx,
    );
    const { entityType, entityId } = auditEntity(owner);
    await audit(
      { actorUserId: user.id, action: `${entityType}.preview_link`, entityType, entityId, details: { days: input.days, pinned: revision?.number ?? null } },
      tx,
    );
    return { url: previewUrl(token), expiresAt: expiresAt.toISOString() };
  },
});

export const revokePreviewLinkSpec = actionSpec({
  name: "preview.revokeLink",
  input: ownerField.and(z.object({ linkId: id })),
  permission: "interview.edit",
  run: async (input, { user, tx }) => {
    const owner = ownerOf(input);
    const link = await getPreviewLink(input.linkId, tx);
    const ownLink = link && ("interviewId" in owner ? link.interviewId === owner.interviewId : link.storyId === owner.storyId);
    if (!link || !ownLink || link.purpose !== "preview") throw notFound(REFUSALS.gone);
    if (!link.revokedAt) {
      await revokePreviewLink(link.id, new Date(), tx);
      const { entityType, entityId } = auditEntity(owner);
      await audit({ actorUserId: user.id, action: `${entityType}.preview_link_revoked`, entityType, entityId, details: { link: link.id } }, tx);
    }
    return { revoked: true };
  },
});
