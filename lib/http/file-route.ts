import "server-only";
import type { User } from "@/db/queries/users";
import { MESSAGES } from "@/lib/action";
import { currentUser } from "@/lib/auth/session";
import { localize } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can, type Action } from "@/lib/permissions";
import { isCrossSite } from "./origin";

/**
 * The checks every studio route handler that receives a file makes, in this order and
 * before anything of the file is read: another site's page (Next checks Origin for server
 * actions only), the session, the permission, the declared size, then the form and the
 * actual size. Answers are shaped like an action's ({ ok: false, error }) with a status.
 */
export type ReceivedFile = { user: User; locale: Locale; file: File };

// Room for the multipart envelope around the file.
const ENVELOPE_BYTES = 64 * 1024;

export function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status });
}

export async function receiveFile(
  request: Request,
  { permission, maxBytes, tooLarge, unreadable }: { permission: Action; maxBytes: number; tooLarge: string; unreadable: string },
): Promise<ReceivedFile | Response> {
  const locale = await studioLocale();
  if (isCrossSite(request.headers)) return refuse(403, MESSAGES.forbidden[locale]);
  const user = await currentUser();
  if (!user) return refuse(401, MESSAGES.signedOut[locale]);
  if (!can(user, permission)) return refuse(403, MESSAGES.forbidden[locale]);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + ENVELOPE_BYTES) return refuse(413, localize(tooLarge, locale));
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File)) return refuse(400, localize(unreadable, locale));
  if (file.size > maxBytes) return refuse(413, localize(tooLarge, locale));
  return { user, locale, file };
}

/** Logs an unexpected failure with a reference and answers without its details. */
export function failed(where: string, error: unknown, locale: Locale): Response {
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[${where}] failed (ref ${reference}):`, error instanceof Error ? error.message : error);
  return refuse(500, `${MESSAGES.failed[locale]} (${MESSAGES.reference[locale]} ${reference})`);
}
