import { FileRejected } from "@/lib/errors";
import { failed, receiveFile, refuse } from "@/modules/accounts/request";
import { DOCUMENT_MESSAGES, MAX_DOCUMENT_BYTES, readDocument } from "@/lib/content/read-document";

/**
 * POST a multipart form with one `file` (.docx, .md or .txt) and get its text as HTML, for
 * the editor to clean, structure into questions and insert (components/editor/import-menu).
 * Nothing is stored. Same checks as an upload: Origin, session, permission, size.
 */
export async function POST(request: Request) {
  const received = await receiveFile(request, {
    permission: "interview.edit",
    maxBytes: MAX_DOCUMENT_BYTES,
    tooLarge: DOCUMENT_MESSAGES.tooLarge,
    unreadable: DOCUMENT_MESSAGES.unreadable,
  });
  if (received instanceof Response) return received;
  const { file, locale } = received;
  try {
    const html = await readDocument(Buffer.from(await file.arrayBuffer()), file.name);
    return Response.json({ ok: true, data: { html } });
  } catch (error) {
    if (error instanceof FileRejected) return refuse(415, "validation", locale, error.message);
    return failed("import", error, locale);
  }
}
