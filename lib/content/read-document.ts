import "server-only";
import mammoth from "mammoth";
import { marked } from "marked";
import { FileRejected } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";

/**
 * Reads an uploaded text for import into the editor and returns it as HTML: Word (.docx)
 * through mammoth, which maps Word's styles to plain headings, lists, bold, italic and
 * links; Markdown through marked; anything else as plain text, a paragraph per line.
 * A .docx is recognised by its content (a ZIP with a Word document inside), not its name.
 * The HTML is never shown as such: the editor parses it with its own schema.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_MESSAGES = {
  tooLarge: msg("Die Datei ist größer als 10 MB.", "The file is larger than 10 MB."),
  unreadable: msg(
    "Diese Datei können wir nicht lesen. Möglich sind Word (.docx), Markdown (.md) und reiner Text (.txt).",
    "We cannot read this file. Word (.docx), Markdown (.md) and plain text (.txt) are possible.",
  ),
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function decodeText(data: Buffer): string {
  // Binary files (images, PDFs, old .doc) contain NUL bytes or invalid UTF-8; text does not.
  if (data.includes(0)) throw new FileRejected(DOCUMENT_MESSAGES.unreadable);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\uFEFF/, "");
  } catch {
    throw new FileRejected(DOCUMENT_MESSAGES.unreadable);
  }
}

export async function readDocument(data: Buffer, name: string): Promise<string> {
  if (data.subarray(0, 4).equals(ZIP)) {
    try {
      // Pictures are left out: images go through the upload, with alt text.
      const result = await mammoth.convertToHtml({ buffer: data }, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) });
      return result.value;
    } catch {
      throw new FileRejected(DOCUMENT_MESSAGES.unreadable);
    }
  }
  const text = decodeText(data);
  if (/\.(md|markdown)$/i.test(name)) return marked.parse(text, { async: false, gfm: true });
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}
