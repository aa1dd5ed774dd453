import { describe, expect, it } from "vitest";
import { DEFAULT_ACCENT, MIN_ACCENT_CONTRAST, contrastOnWhite, isHexColor, safeAccent } from "./theme";

describe("accent colour", () => {
  it("computes WCAG contrast against white", () => {
    expect(contrastOnWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastOnWhite("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastOnWhite("#767676")).toBeCloseTo(4.54, 2);
  });

  it("the default accent passes AA; a pale yellow does not", () => {
    expect(contrastOnWhite(DEFAULT_ACCENT)).toBeGreaterThanOrEqual(MIN_ACCENT_CONTRAST);
    expect(contrastOnWhite("#f5d90a")).toBeLessThan(MIN_ACCENT_CONTRAST);
  });

  it("accepts only six-digit hex colours", () => {
    expect(isHexColor("#1A2b3C")).toBe(true);
    for (const bad of ["#fff", "red", "#12345g", "#123456;background:url(x)"]) {
      expect(isHexColor(bad)).toBe(false);
      expect(safeAccent(bad)).toBe(DEFAULT_ACCENT);
    }
  });
});
