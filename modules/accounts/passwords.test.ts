import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the same password, all of it", async () => {
    const long = "ä".repeat(100) + "x".repeat(100);
    const stored = await hashPassword(long);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, long)).toBe(true);
    expect(await verifyPassword(stored, long.slice(0, -1) + "y")).toBe(false);
    expect(await verifyPassword("not a hash", long)).toBe(false);
  });

  it("generates distinct, readable passwords", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(a).not.toMatch(/[01lIO]/);
    expect(generatePassword()).not.toBe(a);
  });
});
