/**
 * Preview links: people without an account (a manager, the featured person's team lead)
 * read an interview as it will appear and comment under a name they give. A link is scoped
 * to one interview, follows its newest version or is pinned to one, expires (a week unless
 * chosen otherwise), and can be revoked. Approving still needs a signed-in reviewer.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/db/queries/audit";
import type { Executor } from "@/db/queries/executor";
import { getInterview, type Interview } from "@/db/queries/interviews";
import { createPreviewLink, findUsableLink, getPreviewLink, revokePreviewLink, type PreviewLink } from "@/db/queries/preview-links";
import { getRevisionByNumber } from "@/db/queries/revisions";
import { actionSpec } from "@/lib/action";
import { config } from "@/lib/config";
import { UserFacingError } from "@/lib/errors";
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

export function previewUrl(token: string): string {
  return `${config().siteUrl}/vorschau/${token}`;
}

/** The link of a token while it is usable (a preview link, not revoked, not expired). */
export function findPreviewLink(token: string, now: Date, exec?: Executor): Promise<{ link: PreviewLink; interview: Interview } | null> {
  return findInterviewLink(token, "preview", now, exec);
}

/** A usable link of a token with its interview; a malformed token is refused before any lookup. */
export async function findInterviewLink(token: string, purpose: PreviewLink["purpose"], now: Date, exec?: Executor): Promise<{ link: PreviewLink; interview: Interview } | null> {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const link = await findUsableLink(hashLinkToken(token), purpose, now, exec);
  const interview = link?.interviewId ? await getInterview(link.interviewId, exec) : null;
  return link && interview ? { link, interview } : null;
}

const interviewId = z.string().min(1).max(64);

export const issuePreviewLinkSpec = actionSpec({
  name: "preview.issueLink",
  input: z.object({
    interviewId,
    days: z.coerce
      .number()
      .int()
      .refine((days) => (PREVIEW_LINK_DAYS as readonly number[]).includes(days), msg("Bitte eine der angebotenen Laufzeiten wählen.", "Please choose one of the offered durations.")),
    pinned: z.boolean(),
  }),
  permission: "interview.edit",
  run: async ({ interviewId: id, days, pinned }, { user, tx }) => {
    const interview = await getInterview(id, tx);
    if (!interview) throw new UserFacingError(REFUSALS.gone);
    const revision = pinned ? await getRevisionByNumber({ interviewId: id }, interview.headRevision, tx) : null;
    const token = newLinkToken();
    const expiresAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
    await createPreviewLink({ tokenHash: hashLinkToken(token), purpose: "preview", interviewId: id, pinnedRevisionId: revision?.id ?? null, expiresAt, createdBy: user.id }, tx);
    await audit({ actorUserId: user.id, action: "interview.preview_link", entityType: "interview", entityId: id, details: { days, pinned: revision?.number ?? null } }, tx);
    return { url: previewUrl(token), expiresAt: expiresAt.toISOString() };
  },
});

export const revokePreviewLinkSpec = actionSpec({
  name: "preview.revokeLink",
  input: z.object({ interviewId, linkId: z.string().min(1).max(64) }),
  permission: "interview.edit",
  run: async ({ interviewId: id, linkId }, { user, tx }) => {
    const link = await getPreviewLink(linkId, tx);
    if (!link || link.interviewId !== id || link.purpose !== "preview") throw new UserFacingError(REFUSALS.gone);
    if (!link.revokedAt) {
      await revokePreviewLink(linkId, new Date(), tx);
      await audit({ actorUserId: user.id, action: "interview.preview_link_revoked", entityType: "interview", entityId: id, details: { link: linkId } }, tx);
    }
    return { revoked: true };
  },
});
