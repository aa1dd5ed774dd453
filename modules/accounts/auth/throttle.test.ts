import { describe, expect, it } from "vitest";
import { clientAddress, delayAfter } from "./throttle";

describe("sign-in throttle", () => {
  it("lets an account's first four failures pass, then waits 30 s and doubles up to 15 minutes", () => {
    expect([0, 4].map((n) => delayAfter(n))).toEqual([0, 0]);
    expect([5, 6, 7, 9].map((n) => delayAfter(n))).toEqual([30_000, 60_000, 120_000, 480_000]);
    expect(delayAfter(40)).toBe(15 * 60 * 1000);
  });

  it("gives a shared client address twenty", () => {
    expect(delayAfter(19, 20)).toBe(0);
    expect(delayAfter(20, 20)).toBe(30_000);
  });

  it("trusts only the hop the nearest proxy added", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientAddress({})).toBe("unknown");
  });
});
