// @vitest-environment jsdom
import fs from "node:fs";
import { generateJSON } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { contentExtensions } from "./extensions";
import { structureQuestions } from "./import";
import { cleanPastedHtml } from "./paste";
import { parseDoc, type TiptapDoc } from "./schema";

/** What the editor makes of pasted HTML: cleaned, then parsed with the editor's own schema. */
function paste(file: string): TiptapDoc {
  const html = fs.readFileSync(`e2e/fixtures/${file}`, "utf8");
  return generateJSON(cleanPastedHtml(html), contentExtensions()) as TiptapDoc;
}

const kinds = (doc: TiptapDoc) => doc.content.map((node) => (node.type === "heading" ? `h${node.attrs.level}` : node.type));
type Loose = { type: string; text?: string; marks?: { type: string }[]; content?: Loose[] };
const texts = (node: Loose, mark: string): string[] =>
  node.text !== undefined ? (node.marks?.some((m) => m.type === mark) ? [node.text] : []) : (node.content ?? []).flatMap((child) => texts(child, mark));
const boldTexts = (doc: TiptapDoc) => texts(doc as Loose, "bold");

describe("pasting from Word and Google Docs", () => {
  it("keeps Word's lists as lists (nested, bulleted and numbered), drops its styles, images and empty lines", () => {
    const doc = paste("word-paste.html");
    expect(parseDoc(doc)).toMatchObject({ ok: true });
    expect(kinds(doc)).toEqual(["h2", "paragraph", "paragraph", "paragraph", "bulletList", "paragraph", "orderedList", "paragraph"]);
    const bullets = doc.content[4] as Extract<TiptapDoc["content"][number], { type: "bulletList" }>;
    expect(bullets.content.map((item) => item.content[0]!.type)).toEqual(["paragraph", "paragraph"]);
    expect(JSON.stringify(bullets.content[1])).toContain('"type":"bulletList"');
    expect(JSON.stringify(bullets)).toContain("vor allem die eiligen");
    expect(JSON.stringify(bullets)).not.toContain("·");
    const numbered = doc.content[6] as Extract<TiptapDoc["content"][number], { type: "orderedList" }>;
    expect(numbered.content).toHaveLength(3);
    expect(JSON.stringify(numbered)).not.toMatch(/"1\.|"2\./);
    const json = JSON.stringify(doc);
    expect(json).not.toMatch(/Georgia|C00000|yellow|mso-|image|clip_image/);
    expect(texts(doc as Loose, "italic")).toEqual(["Puzzle"]);
    expect(texts(doc as Loose, "link")).toEqual(["Karriereseite"]);
    expect(json).toContain('"attrs":{"href":"https://karriere.sonnenthal.example/logistik"}');
    expect(json).toContain("Kolleg:innen");
    expect(boldTexts(doc)).toEqual([
      "Aylin, was machst du bei Sonnenthal?",
      "Was nimmst du morgens als Erstes in die Hand?",
      "Welche drei Dinge helfen dir dabei?",
    ]);
  });

  it("does not make everything bold from Google Docs, keeps its real bold, lists and links, and drops unsafe links", () => {
    const doc = paste("gdocs-paste.html");
    expect(parseDoc(doc)).toMatchObject({ ok: true });
    expect(kinds(doc)).toEqual(["h2", "paragraph", "paragraph", "paragraph", "bulletList", "paragraph", "paragraph"]);
    expect(boldTexts(doc)).toEqual(["Jonas, wie viele Kilometer fährst du im Jahr?", "Was gehört in deinen Kofferraum?"]);
    const json = JSON.stringify(doc);
    expect(texts(doc as Loose, "italic")).toEqual(["Kund:innen"]);
    expect(json).toContain('"href":"https://karriere.sonnenthal.example/service"');
    expect(json).not.toContain("javascript");
    expect(json).toContain("kein echter Link");
    expect(json).not.toMatch(/Arial|1155cc|docs-internal/);
  });

  it("turns the pasted questions into question-and-answer blocks when asked to structure them", () => {
    const doc = structureQuestions(paste("gdocs-paste.html"));
    expect(kinds(doc)).toEqual(["h2", "questionAnswer", "questionAnswer"]);
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });
});
