import { describe, expect, it } from "vitest";
import { qaDoc } from "@/test/factories";
import { textDiff } from "./diff";

const labels = { title: "Titel", teaser: "Vorspann", question: "Frage", answer: "Antwort" };

describe("comparing versions", () => {
  it("marks the words that changed, in order, and keeps the rest", () => {
    const before = { title: "Ein Tag mit Jördis", teaser: "Kurz.", body: qaDoc("Wie kamst du zu uns?", "Über eine Anzeige.") };
    const after = { title: "Ein Tag mit Jördis", teaser: "Kurz.", body: qaDoc("Wie kamst du zu uns?", "Über eine Empfehlung von Kolleg:innen.") };
    const parts = textDiff(before, after, labels);
    expect(parts.filter((part) => part.change === "removed").map((part) => part.text.trim())).toEqual(["Anzeige"]);
    expect(parts.filter((part) => part.change === "added").map((part) => part.text.trim())).toEqual(["Empfehlung von Kolleg:innen"]);
    const unchanged = parts
      .filter((part) => !part.change)
      .map((part) => part.text)
      .join("");
    expect(unchanged).toContain("Titel: Ein Tag mit Jördis");
    expect(unchanged).toContain("Frage: Wie kamst du zu uns?");
  });

  it("says nothing changed when nothing did", () => {
    const same = { title: "A", teaser: "", body: qaDoc("F?", "A.") };
    expect(textDiff(same, same, labels).every((part) => part.change === null)).toBe(true);
  });
});
