import { describe, expect, it } from "vitest";
import { firstFreeSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugFor } from "./slugs";

describe("slugs", () => {
  it("spells out German letters and keeps gender forms readable", () => {
    expect(slugFor("Auf einen Kaffee mit Jördis, Größe im Außendienst")).toBe("auf-einen-kaffee-mit-joerdis-groesse-im-aussendienst");
    expect(slugFor("Wie wir Kund:innen einbeziehen")).toBe("wie-wir-kund-innen-einbeziehen");
    expect(slugFor("Kurz vorgestellt: Dr. Friederike Hoß")).toBe("kurz-vorgestellt-dr-friederike-hoss");
    expect(slugFor("Ärger? Übermut! Öl…")).toBe("aerger-uebermut-oel");
    expect(slugFor("Forschung & Entwicklung")).toBe("forschung-und-entwicklung");
    expect(slugFor("Research & Development", { locale: "en" })).toBe("research-and-development");
    expect(slugFor("„Was treibt dich an?“ – 5 Fragen an Çağla")).toMatch(SLUG_PATTERN);
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugFor("Ein sehr langer Titel ".repeat(10));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("numbers a taken slug, within the length limit", async () => {
    const taken = new Set(["marco", "marco-2"]);
    expect(await firstFreeSlug("marco", async (slug) => !taken.has(slug))).toBe("marco-3");
    expect(await firstFreeSlug("", async () => true)).toBe("interview");
    const long = "a".repeat(MAX_SLUG_LENGTH);
    const next = await firstFreeSlug(long, async (slug) => slug !== long);
    expect(next).toHaveLength(MAX_SLUG_LENGTH);
    expect(next.endsWith("-2")).toBe(true);
  });
});
