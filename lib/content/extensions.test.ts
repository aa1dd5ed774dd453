import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { contentExtensions } from "./extensions";
import { forEditor, forSave } from "./normalize";
import { parseDoc, type TiptapDoc } from "./schema";

const schema = getSchema(contentExtensions());
const roundTrip = (doc: unknown) => Node.fromJSON(schema, doc).toJSON() as unknown;

describe("the editor's document model", () => {
  it("gives an empty answer a paragraph to type into, and drops the editor's trailing empty paragraphs on save", () => {
    const unanswered: TiptapDoc = {
      type: "doc",
      content: [
        {
          type: "questionAnswer",
          attrs: { id: "qa-1" },
          content: [
            { type: "question", content: [{ type: "text", text: "Und morgen?" }] },
            { type: "answer", content: [] },
          ],
        },
      ],
    };
    const editable = forEditor(unanswered);
    expect(() => Node.fromJSON(schema, editable).check()).not.toThrow();
    expect(editable.content[0]).toMatchObject({ content: [{}, { type: "answer", content: [{ type: "paragraph" }] }] });
    expect(forEditor({ type: "doc", content: [] })).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    const withTrailing: TiptapDoc = { type: "doc", content: [...editable.content, { type: "paragraph" }, { type: "paragraph" }] };
    expect(forSave(withTrailing)).toEqual(editable);
  });

  it("gives every node and mark exactly the attributes the content schema allows", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Zwischentitel" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Mehr unter " },
            { type: "text", text: "karriere", marks: [{ type: "link", attrs: { href: "https://karriere.example" } }, { type: "bold" }] },
            { type: "hardBreak" },
            { type: "text", text: "Zeile zwei", marks: [{ type: "italic" }] },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 3 },
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "drei" }] }] }],
        },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Punkt" }] }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Zitat" }] }] },
        { type: "pullQuote", attrs: { attribution: "Marie Curie" }, content: [{ type: "text", text: "Nichts im Leben ist zu fürchten." }] },
        { type: "image", attrs: { src: "/api/media/content/abc.webp", alt: "Die Montagehalle", caption: "Frühschicht", width: 1600, height: 900 } },
        { type: "horizontalRule" },
        {
          type: "questionAnswer",
          attrs: { id: "qa-1" },
          content: [
            { type: "question", content: [{ type: "text", text: "Noch offen?" }] },
            { type: "answer", content: [{ type: "paragraph" }] },
          ],
        },
      ],
    };
    const back = roundTrip(doc);
    expect(back).toEqual(doc);
    expect(parseDoc(back)).toMatchObject({ ok: true });
  });

  it("keeps questions at the top level and their text plain", () => {
    const nested = {
      type: "doc",
      content: [{ type: "blockquote", content: [{ type: "questionAnswer", attrs: { id: "x" }, content: [] }] }],
    };
    expect(() => Node.fromJSON(schema, nested).check()).toThrow();
    const marked = {
      type: "doc",
      content: [
        {
          type: "questionAnswer",
          attrs: { id: "x" },
          content: [
            { type: "question", content: [{ type: "text", text: "Fett?", marks: [{ type: "bold" }] }] },
            { type: "answer", content: [{ type: "paragraph" }] },
          ],
        },
      ],
    };
    expect(() => Node.fromJSON(schema, marked).check()).toThrow();
  });
});
