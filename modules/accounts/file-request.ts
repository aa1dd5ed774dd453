import "server-only";
import { failure, unexpected, type ActionErrorCode, type ActionFailure, type User } from "@/lib/action";
import { isCrossSite } from "@/lib/http/origin";
import type { Locale } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can, type Action } from "@/lib/permissions";
import { currentUser } from "./auth/session";

/**
 * The checks every studio route handler that receives a file makes, in this order and
 * before anything of the file is read: another site's page (Next checks Origin for server
 * actions only), the session, the permission, the declared size, then the form and the
 * actual size. Answers are shaped like an action's ({ ok: false, code, error }) with a status.
 */
export type ReceivedFile = { user: User; locale: Locale; file: File };

// Room for the multipart envelope around the file.
const ENVELOPE_BYTES = 64 * 1024;

const answer = (status: number, body: ActionFailure) => Response.json(body, { status });

/** A refusal with its status and code; `message` is a `msg(de, en)` text, or the code's own sentence. */
export function refuse(status: number, code: ActionErrorCode, locale: Locale, message?: string): Response {
  return answer(status, failure(code, locale, message));
}

export async function receiveFile(
  request: Request,
  { permission, maxBytes, tooLarge, unreadable }: { permission: Action; maxBytes: number; tooLarge: string; unreadable: string },
): Promise<ReceivedFile | Response> {
  const locale = await studioLocale();
  if (isCrossSite(request.headers)) return refuse(403, "forbidden", locale);
  const user = await currentUser();
  if (!user) return refuse(401, "signed_out", locale);
  if (!can(user, permission)) return refuse(403, "forbidden", locale);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + ENVELOPE_BYTES) return refuse(413, "validation", locale, tooLarge);
  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File)) return refuse(400, "validation", locale, unreadable);
  if (file.size > maxBytes) return refuse(413, "validation", locale, tooLarge);
  return { user, locale, file };
}

/** Logs an unexpected failure with its stack and a reference, and answers without its details. */
export function failed(where: string, error: unknown, locale: Locale): Response {
  return answer(500, unexpected(where, error, locale));
}
