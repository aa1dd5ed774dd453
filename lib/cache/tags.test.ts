import { describe, expect, it } from "vitest";
import { TAG_PATTERN, cacheTags, interviewChangeTags, lifetimeUntil, personChangeTags } from "./tags";

describe("cache tags", () => {
  it("names what an interview or person change touches", () => {
    expect(interviewChangeTags("abc")).toEqual(["interviews", "interview:abc"]);
    expect(personChangeTags("p1")).toEqual(["interviews", "person:p1"]);
  });

  it("accepts only tag-shaped names at the boundary", () => {
    for (const tag of [cacheTags.public, cacheTags.settings, cacheTags.interview("0190b2c4-7e1d-7abc-8def-0123456789ab")]) {
      expect(TAG_PATTERN.test(tag)).toBe(true);
    }
    for (const bad of ["", "Public", "interview:", "interview:a b", "a:b:c", "x".repeat(10) + ":" + "y".repeat(65)]) {
      expect(TAG_PATTERN.test(bad)).toBe(false);
    }
  });
});

describe("lifetimeUntil", () => {
  const now = new Date("2026-11-21T12:00:00Z");

  it("keeps entries a day when nothing is scheduled", () => {
    expect(lifetimeUntil(null, now)).toBe(86_400);
  });

  it("ends at the next scheduled change", () => {
    expect(lifetimeUntil(new Date("2026-11-21T12:10:00.200Z"), now)).toBe(601);
  });

  it("stays within a second and a day", () => {
    expect(lifetimeUntil(new Date("2026-11-21T11:00:00Z"), now)).toBe(1);
    expect(lifetimeUntil(new Date("2027-01-01T00:00:00Z"), now)).toBe(86_400);
  });
});
