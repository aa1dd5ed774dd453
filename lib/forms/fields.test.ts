import { describe, expect, it } from "vitest";
import { httpUrl, optionalHttpUrl } from "./fields";

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

describe("httpUrl", () => {
  it("says the same, once, about an empty address as about a malformed one", () => {
    const malformed = messages(httpUrl.safeParse("karriere.example.com"));
    expect(malformed).toHaveLength(1);
    expect(messages(httpUrl.safeParse("  "))).toEqual(malformed);
  });

  it("takes a full address; the optional one takes nothing as null", () => {
    expect(httpUrl.parse(" https://karriere.example.com/jobs ")).toBe("https://karriere.example.com/jobs");
    expect(optionalHttpUrl.parse("")).toBeNull();
    expect(messages(optionalHttpUrl.safeParse("karriere.example.com"))).toEqual(messages(httpUrl.safeParse("karriere.example.com")));
  });
});
