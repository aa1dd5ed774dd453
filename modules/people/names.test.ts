import { describe, expect, it } from "vitest";
import { fullName } from "./names";

describe("fullName", () => {
  it("puts the academic title in front, when there is one", () => {
    expect(fullName({ academicTitle: "Dr.", displayName: "Friederike Hoß" })).toBe("Dr. Friederike Hoß");
    expect(fullName({ academicTitle: null, displayName: "Marco Bellini" })).toBe("Marco Bellini");
  });
});
