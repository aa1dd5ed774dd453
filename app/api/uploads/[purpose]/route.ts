import { MESSAGES, runAction } from "@/lib/action";
import { currentUser } from "@/lib/auth/session";
import { isCrossSite } from "@/lib/http/origin";
import { localize } from "@/lib/i18n/bilingual";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { IMAGE_MESSAGES, ImageRejected, MAX_UPLOAD_BYTES, processImage } from "@/lib/images/process";
import { recordImageSpec, UPLOAD_PURPOSES } from "@/lib/images/upload";
import { can } from "@/lib/permissions";
import { storage } from "@/lib/storage";

// Room for the multipart envelope around the file.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * POST a multipart form with one `file` to /api/uploads/<purpose>. Answers like a server
 * action ({ ok, data } or { ok: false, error }), with a status that says why. Session,
 * permission and Origin are checked here, before the file is read or decoded.
 */
export async function POST(request: Request, { params }: { params: Promise<{ purpose: string }> }) {
  const { purpose } = await params;
  if (!Object.hasOwn(UPLOAD_PURPOSES, purpose)) return Response.json({ ok: false, error: "Not found" }, { status: 404 });
  const target = UPLOAD_PURPOSES[purpose as keyof typeof UPLOAD_PURPOSES];
  const locale = await studioLocale();
  const refuse = (status: number, error: string) => Response.json({ ok: false, error }, { status });

  if (isCrossSite(request.headers)) return refuse(403, MESSAGES.forbidden[locale]);
  const user = await currentUser();
  if (!user) return refuse(401, MESSAGES.signedOut[locale]);
  if (!can(user, target.permission)) return refuse(403, MESSAGES.forbidden[locale]);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refuse(413, localize(IMAGE_MESSAGES.tooLarge, locale));

  const file = (await request.formData().catch(() => null))?.get("file");
  if (!(file instanceof File)) return refuse(400, localize(IMAGE_MESSAGES.notAnImage, locale));
  if (file.size > MAX_UPLOAD_BYTES) return refuse(413, localize(IMAGE_MESSAGES.tooLarge, locale));
  try {
    const image = await processImage(Buffer.from(await file.arrayBuffer()), target.folder, target.box);
    // Stored before it is recorded: a file without a record is never served, and its
    // content-addressed key makes a retry harmless.
    await storage().put(image.key, image.data);
    const result = await runAction(
      recordImageSpec(purpose as keyof typeof UPLOAD_PURPOSES),
      { key: image.key, width: image.width, height: image.height, bytes: image.data.length },
      user,
      locale,
    );
    return Response.json(result, { status: result.ok ? 201 : 400 });
  } catch (error) {
    if (error instanceof ImageRejected) return refuse(415, localize(error.message, locale));
    const reference = crypto.randomUUID().slice(0, 8);
    console.error(`[upload ${purpose}] failed (ref ${reference}):`, error instanceof Error ? error.message : error);
    return refuse(500, `${MESSAGES.failed[locale]} (${MESSAGES.reference[locale]} ${reference})`);
  }
}
