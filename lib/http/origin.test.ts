import { describe, expect, it } from "vitest";
import { isCrossSite } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("cross-site requests", () => {
  it("allows the site's own pages and callers without an Origin", () => {
    expect(isCrossSite(headers({ host: "karriere.example.com", origin: "https://karriere.example.com" }))).toBe(false);
    expect(isCrossSite(headers({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSite(headers({ host: "app:3000", "x-forwarded-host": "karriere.example.com", origin: "https://karriere.example.com" }))).toBe(false);
  });

  it("refuses other sites, null and malformed origins", () => {
    expect(isCrossSite(headers({ host: "karriere.example.com", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(headers({ host: "karriere.example.com", origin: "null" }))).toBe(true);
    expect(isCrossSite(headers({ origin: "https://karriere.example.com" }))).toBe(true);
  });
});
