import { describe, expect, it } from "vitest";
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes } from "./recovery-codes";
import { open, seal } from "./secret-box";
import { newTotpSecret, totpCode, totpStep, totpUri } from "./totp";

describe("two-factor building blocks", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 21, 14, 0, 10);

  it("accepts the current code and its neighbours, nothing older", () => {
    const step = Math.floor(now / 30_000);
    expect(totpStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(totpStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    expect(totpStep(secret, "12345", now)).toBeNull();
    expect(totpStep(secret, ` ${totpCode(secret, now).slice(0, 3)} ${totpCode(secret, now).slice(3)} `, now)).toBe(step);
  });

  it("describes the account for authenticator apps", () => {
    expect(totpUri(secret, "hanna@sonnenthal.example", "Sonnenthal Studio")).toMatch(
      new RegExp(
        `^otpauth://totp/Sonnenthal%20Studio:hanna%40sonnenthal\\.example\\?issuer=Sonnenthal%20Studio&secret=${secret}&algorithm=SHA1&digits=6&period=30$`,
      ),
    );
  });

  it("seals secrets so that only the same session secret opens them", () => {
    const sealed = seal(secret, "a".repeat(32));
    expect(sealed).not.toContain(secret);
    expect(open(sealed, "a".repeat(32))).toBe(secret);
    expect(open(sealed, "b".repeat(32))).toBeNull();
    expect(open(`${sealed.slice(0, -2)}xx`, "a".repeat(32))).toBeNull();
  });

  it("makes ten distinct recovery codes that match however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(hashRecoveryCode(codes[0]!.toUpperCase().replace(/-/g, " "))).toBe(hashRecoveryCode(codes[0]!));
    expect(isRecoveryCodeShape(codes[0]!)).toBe(true);
    expect(isRecoveryCodeShape("123456")).toBe(false);
  });
});
