import { FileRejected } from "@/lib/errors";
import { runAction } from "@/modules/accounts";
import { failed, receiveFile, refuse } from "@/modules/accounts/request";
import { IMAGE_MESSAGES, MAX_UPLOAD_BYTES, processImage, recordImageSpec, UPLOAD_PURPOSES, storage } from "@/modules/media";

/**
 * POST a multipart form with one `file` to /api/uploads/<purpose>. Answers like a server
 * action ({ ok, data } or { ok: false, error }), with a status that says why. Session,
 * permission and Origin are checked before the file is read or decoded.
 */
export async function POST(request: Request, { params }: { params: Promise<{ purpose: string }> }) {
  const { purpose } = await params;
  if (!Object.hasOwn(UPLOAD_PURPOSES, purpose)) return refuse(404, "not_found", "de", "Not found");
  const key = purpose as keyof typeof UPLOAD_PURPOSES;
  const target = UPLOAD_PURPOSES[key];
  const received = await receiveFile(request, {
    permission: target.permission,
    maxBytes: MAX_UPLOAD_BYTES,
    tooLarge: IMAGE_MESSAGES.tooLarge,
    unreadable: IMAGE_MESSAGES.notAnImage,
  });
  if (received instanceof Response) return received;
  const { user, locale, file } = received;
  try {
    const image = await processImage(Buffer.from(await file.arrayBuffer()), target.folder, target.box);
    // Stored before it is recorded: a file without a record is never served, and its
    // content-addressed key makes a retry harmless.
    await storage().put(image.key, image.data);
    const result = await runAction(recordImageSpec(key), { key: image.key, width: image.width, height: image.height, bytes: image.data.length }, user, locale);
    return Response.json(result, { status: result.ok ? 201 : 400 });
  } catch (error) {
    if (error instanceof FileRejected) return refuse(415, "validation", locale, error.message);
    return failed(`upload ${purpose}`, error, locale);
  }
}
