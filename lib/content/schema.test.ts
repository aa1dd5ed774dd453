import { describe, expect, it } from "vitest";
import { MAX_BLOCKS, isSafeHref, parseDoc } from "./schema";
import { plainText, questionsOf, readingMinutes, wordCount } from "./text";

const qa = (question: string, answer?: string) => ({
  type: "questionAnswer",
  attrs: { id: question.slice(0, 8) },
  content: [
    { type: "question", content: [{ type: "text", text: question }] },
    { type: "answer", content: answer ? [{ type: "paragraph", content: [{ type: "text", text: answer }] }] : [] },
  ],
});

describe("content schema", () => {
  it("accepts a question-and-answer document", () => {
    const result = parseDoc({ type: "doc", content: [qa("Wie bist du zu uns gekommen?", "Über eine Empfehlung."), qa("Und dann?")] });
    expect(result.ok).toBe(true);
  });

  it("refuses unknown nodes, unknown marks, unknown attributes and unsafe links, naming where", () => {
    const bad = [
      { type: "doc", content: [{ type: "iframe" }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "underline" }] }] }] },
      { type: "doc", content: [{ type: "heading", attrs: { level: 2, style: "color:red" }, content: [] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] },
      { type: "doc", content: [{ type: "questionAnswer", attrs: { id: "q" }, content: [{ type: "question", content: [{ type: "text", text: "Fett?", marks: [{ type: "bold" }] }] }, { type: "answer" }] }] },
      { type: "paragraph" },
    ];
    for (const doc of bad) expect(parseDoc(doc).ok, JSON.stringify(doc)).toBe(false);
    const link = parseDoc(bad[3]);
    expect(link).toMatchObject({ ok: false, error: "Links may only point to http(s), mailto or tel addresses" });
  });

  it("limits documents to 1 MB and 300 blocks", () => {
    const many = { type: "doc", content: Array.from({ length: MAX_BLOCKS + 1 }, () => ({ type: "paragraph" })) };
    expect(parseDoc(many)).toMatchObject({ ok: false, error: "A text may have at most 300 blocks" });
    const huge = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ä".repeat(600_000) }] }] };
    expect(parseDoc(huge)).toMatchObject({ ok: false, error: expect.stringContaining("at most 1 MB") });
  });

  it("allows only http(s), mailto and tel links", () => {
    expect(["https://a.de", "http://a.de/x?y=1", "mailto:a@b.de", "tel:+4971112"].every(isSafeHref)).toBe(true);
    expect(["javascript:alert(1)", " javascript:alert(1)", "data:text/html,x", "/relative", "ftp://a", "vbscript:x", ""].some(isSafeHref)).toBe(false);
  });
});

describe("text helpers", () => {
  const doc = { type: "doc" as const, content: [qa("Was machst du?", "Ich baue Antriebe für Kund:innen."), qa("Offen?")] };
  it("extracts plain text, questions and word counts", () => {
    expect(plainText(doc as never)).toBe("Was machst du? Ich baue Antriebe für Kund:innen. Offen?");
    expect(questionsOf(doc as never)).toEqual([
      { id: "Was mach", question: "Was machst du?", answered: true },
      { id: "Offen?", question: "Offen?", answered: false },
    ]);
    expect(wordCount("Ich baue Antriebe für Kund:innen.")).toBe(5);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1001)).toBe(6);
  });
});
