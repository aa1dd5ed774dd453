import { describe, expect, it, vi } from "vitest";

// session.ts reads the request's session through next-auth; only the pure rule is tested here.
vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));
vi.mock("./options", () => ({ authOptions: () => ({}) }));
const { sessionExpired } = await import("./session");

describe("absolute session lifetime", () => {
  const signedIn = Date.UTC(2026, 10, 21, 8, 0);
  const twelveHours = 12 * 3600;
  it("holds for its lifetime after sign-in, however active", () => {
    expect(sessionExpired(signedIn, signedIn + 11 * 3_600_000, twelveHours)).toBe(false);
    expect(sessionExpired(signedIn, signedIn + 12 * 3_600_000 + 1, twelveHours)).toBe(true);
  });
  it("treats a token without a sign-in time as expired", () => {
    expect(sessionExpired(undefined, signedIn, twelveHours)).toBe(true);
  });
});
