import fs from "node:fs";
import { FileRejected } from "@/lib/errors";
import { describe, expect, it } from "vitest";
import { localize } from "@/lib/i18n/bilingual";
import { readDocument } from "./read-document";

async function rejection(data: Buffer, name: string): Promise<string> {
  try {
    await readDocument(data, name);
  } catch (error) {
    if (error instanceof FileRejected) return localize(error.message, "de");
    throw error;
  }
  throw new Error("accepted");
}

describe("reading documents for import", () => {
  it("reads a Word document by its content, whatever its name", async () => {
    const docx = fs.readFileSync("e2e/fixtures/interview.docx");
    const html = await readDocument(docx, "Interview Tobias (final) v3.bin");
    expect(html).toContain("<h1>Zu Besuch bei Tobias im Prüflabor</h1>");
    expect(html).toContain("<p><strong>Tobias, was passiert in einem Prüflabor?</strong></p>");
    expect(html).toContain("<li>die Neugier der Kolleg:innen</li>");
  });

  it("reads Markdown as Markdown and plain text a paragraph per line, escaped", async () => {
    expect(await readDocument(Buffer.from("# Titel\n\n**Wie geht's?**\n\n- eins\n- zwei"), "notizen.md")).toMatch(
      /<h1>Titel<\/h1>[\s\S]*<strong>Wie geht&#39;s\?<\/strong>[\s\S]*<li>eins<\/li>/,
    );
    expect(await readDocument(Buffer.from("\uFEFFFrage?\r\nAntwort <b>nicht fett</b>\n\n"), "notizen.txt")).toBe(
      "<p>Frage?</p><p>Antwort &#60;b&#62;nicht fett&#60;/b&#62;</p>",
    );
  });

  it("refuses binary files and archives that are no Word document", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await rejection(png, "bild.txt")).toMatch(/^Diese Datei können wir nicht lesen/);
    expect(await rejection(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "kaputt.docx")).toMatch(/^Diese Datei können wir nicht lesen/);
    expect(await rejection(Buffer.from([0xc3, 0x28, 0x41]), "latin.txt")).toMatch(/^Diese Datei können wir nicht lesen/);
  });
});
