import { describe, expect, it } from "vitest";
import { localize } from "@/lib/i18n/bilingual";
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
      {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
      },
      {
        type: "doc",
        content: [
          {
            type: "questionAnswer",
            attrs: { id: "q" },
            content: [{ type: "question", content: [{ type: "text", text: "Fett?", marks: [{ type: "bold" }] }] }, { type: "answer" }],
          },
        ],
      },
      { type: "paragraph" },
    ];
    for (const doc of bad) expect(parseDoc(doc).ok, JSON.stringify(doc)).toBe(false);
    const link = parseDoc(bad[3]);
    expect(link.ok).toBe(false);
    if (!link.ok) {
      expect(localize(link.error, "de")).toBe(
        "Im 1. Block: Links dürfen nur zu Webadressen (https://…), E-Mail-Adressen (mailto:) oder Telefonnummern (tel:) führen.",
      );
      expect(localize(link.error, "en")).toMatch(/^In block 1: Links may only point to web addresses/);
    }
    const unknown = parseDoc(bad[0]);
    if (!unknown.ok) expect(localize(unknown.error, "de")).toMatch(/^Im 1\. Block: Der Text enthält etwas, das Einblick nicht darstellen kann/);
    const question = parseDoc(bad[4]);
    if (!question.ok) expect(localize(question.error, "de")).toMatch(/^In der Frage „Fett\?“: /);
  });

  it("asks for alt text on every image, naming the question it is in", () => {
    const image = { type: "image", attrs: { src: "/api/media/content/a.webp", alt: " " } };
    const result = parseDoc({
      type: "doc",
      content: [
        qa("Wie sieht dein Arbeitsplatz aus?", "So:"),
        { ...qa("Zeig mal!"), content: [qa("Zeig mal!").content[0], { type: "answer", content: [image] }] },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(localize(result.error, "de")).toBe("In der Frage „Zeig mal!“: Jedes Bild braucht einen Alternativtext, der beschreibt, was zu sehen ist.");
  });

  it("limits documents to 1 MB and 300 blocks", () => {
    const many = { type: "doc", content: Array.from({ length: MAX_BLOCKS + 1 }, () => ({ type: "paragraph" })) };
    const tooMany = parseDoc(many);
    expect(!tooMany.ok && localize(tooMany.error, "en")).toBe("A text may have at most 300 blocks.");
    const huge = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ä".repeat(600_000) }] }] };
    const tooLarge = parseDoc(huge);
    expect(!tooLarge.ok && localize(tooLarge.error, "de")).toBe("Der Text ist zu groß (1201 kB, höchstens 1 MB).");
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
