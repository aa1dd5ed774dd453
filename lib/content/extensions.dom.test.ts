// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { contentExtensions } from "./extensions";
import { parseDoc, type QuestionAnswerNode, type TiptapDoc } from "./schema";

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function open(content: TiptapDoc): Editor {
  editor = new Editor({ extensions: contentExtensions(), content });
  return editor;
}

const paragraph = (text?: string) => ({ type: "paragraph" as const, ...(text ? { content: [{ type: "text" as const, text }] } : {}) });

describe("editing commands", () => {
  it("puts a new question in place of an empty paragraph, the cursor in the question", () => {
    const e = open({ type: "doc", content: [paragraph("Einleitung"), paragraph()] });
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    expect(e.commands.insertQuestionAnswer()).toBe(true);
    e.commands.insertContent("Wie bist du zu uns gekommen?");
    const doc = e.getJSON() as TiptapDoc;
    expect(doc.content.map((node) => node.type)).toEqual(["paragraph", "questionAnswer", "paragraph"]);
    expect(JSON.stringify(doc.content[1])).toContain('"text":"Wie bist du zu uns gekommen?"');
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });

  it("adds a question after the current block, with a given text, the cursor in its answer", () => {
    const e = open({ type: "doc", content: [paragraph("Einleitung")] });
    e.commands.setTextSelection(3);
    e.commands.insertQuestionAnswer("Was treibt dich an?");
    e.commands.insertContent("Neugier.");
    const doc = e.getJSON() as TiptapDoc;
    expect(doc.content[0]).toEqual(paragraph("Einleitung"));
    expect(doc.content[1]).toMatchObject({
      type: "questionAnswer",
      content: [{ content: [{ text: "Was treibt dich an?" }] }, { content: [{ type: "paragraph", content: [{ text: "Neugier." }] }] }],
    });
  });

  it("moves from the question to its answer with Enter", () => {
    const e = open({ type: "doc", content: [paragraph()] });
    e.commands.setTextSelection(1);
    e.commands.insertQuestionAnswer();
    e.commands.insertContent("Frage?");
    e.view.dom.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    e.commands.insertContent("Antwort.");
    const qa = (e.getJSON() as TiptapDoc).content[0]!;
    expect(JSON.stringify(qa)).toMatch(/"text":"Frage\?".*"type":"answer","content":\[\{"type":"paragraph","content":\[\{"type":"text","text":"Antwort\."/);
  });

  it("gives a pasted or duplicated question block a new id", () => {
    const block: QuestionAnswerNode = {
      type: "questionAnswer",
      attrs: { id: "qa-same" },
      content: [
        { type: "question", content: [{ type: "text", text: "Doppelt?" }] },
        { type: "answer", content: [paragraph("Ja.")] },
      ],
    };
    const e = open({ type: "doc", content: [block, paragraph()] });
    e.commands.insertContentAt(e.state.doc.content.size, block);
    const ids = (e.getJSON() as TiptapDoc).content.flatMap((node) => (node.type === "questionAnswer" ? [node.attrs.id] : []));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe("qa-same");
  });
});
