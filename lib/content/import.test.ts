import { describe, expect, it } from "vitest";
import { structureQuestions } from "./import";
import { parseDoc, type TiptapDoc } from "./schema";
import { questionsOf } from "./text";

const transcript = `Kurz vorgestellt: Lea aus der Entwicklung

Lea hat 2021 bei uns angefangen.
F: Lea, wie bist du zu Sonnenthal gekommen?
A: Über ein Praktikum im Studium.
Danach bin ich einfach geblieben.
Was machst du an einem „normalen“ Tag?
Ich programmiere Prüfstände. Manchmal schraube ich auch.
Frage: Und was reizt dich an Getrieben?“
Und was noch?
Dass man jedes Zahnrad hört, wenn etwas nicht stimmt.
${"Und wer fragt, warum wir das so genau nehmen: Weil ein Getriebe zwanzig Jahre laufen soll, ohne dass jemand an uns denkt. ".repeat(3)}Wer will das nicht?`;

/** A paragraph per line, as the import route makes of a .txt file. */
function textToDoc(text: string): TiptapDoc {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return { type: "doc", content: lines.map((line) => ({ type: "paragraph", content: [{ type: "text", text: line }] })) };
}

describe("importing text as questions and answers", () => {
  it("makes question lines ending in ? into questions and the lines after them into answers", () => {
    const doc = structureQuestions(textToDoc(transcript));
    expect(parseDoc(doc)).toMatchObject({ ok: true });
    expect(doc.content.slice(0, 2).map((node) => node.type)).toEqual(["paragraph", "paragraph"]);
    expect(questionsOf(doc)).toEqual([
      { id: expect.any(String), question: "Lea, wie bist du zu Sonnenthal gekommen?", answered: true },
      { id: expect.any(String), question: "Was machst du an einem „normalen“ Tag?", answered: true },
      { id: expect.any(String), question: "Und was reizt dich an Getrieben?“", answered: false },
      { id: expect.any(String), question: "Und was noch?", answered: true },
    ]);
    const first = doc.content[2]!;
    expect(JSON.stringify(first)).toContain('"text":"Über ein Praktikum im Studium."');
    expect(JSON.stringify(first)).toContain("Danach bin ich einfach geblieben.");
    // A long paragraph ending in "?" is an answer's text, not a question.
    expect(JSON.stringify(doc.content.at(-1))).toContain("Wer will das nicht?");
    expect(new Set(questionsOf(doc).map((question) => question.id)).size).toBe(4);
  });

  it("keeps blocks that are already questions, and a text without questions as it is", () => {
    const plain = textToDoc("Erster Absatz.\r\n\r\nZweiter Absatz.");
    expect(structureQuestions(plain)).toEqual(plain);
    const once = structureQuestions(textToDoc("Wie geht's?\nGut."));
    expect(structureQuestions(once)).toEqual(once);
  });
});
