import { describe, expect, it, vi } from "vitest";
import { localize, msg } from "./bilingual";

vi.mock("next/headers", () => ({ cookies: vi.fn(), headers: vi.fn() }));
const { preferredLocale } = await import("./studio-locale");

describe("studio language", () => {
  it("follows the browser's preference among the supported languages", () => {
    expect(preferredLocale("en-GB,en;q=0.9,de;q=0.8")).toBe("en");
    expect(preferredLocale("fr-CH, fr;q=0.9, de;q=0.7, en;q=0.8")).toBe("en");
    expect(preferredLocale("fr, es;q=0.5")).toBeNull();
    expect(preferredLocale("de;q=0, en;q=0.1")).toBe("en");
    expect(preferredLocale(null)).toBeNull();
  });

  it("carries both languages in one message and picks the reader's", () => {
    const message = msg("Bitte prüfe die markierten Felder.", "Please check the marked fields.");
    expect(localize(message, "en")).toBe("Please check the marked fields.");
    expect(localize(message, "de")).toBe("Bitte prüfe die markierten Felder.");
    expect(localize("Schon übersetzt", "en")).toBe("Schon übersetzt");
  });
});
