import { createHash, randomInt } from "node:crypto";

// Letters and digits that cannot be confused when read off paper (no 0/o, 1/l/i).
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes of 16 characters (about 79 bits each), grouped by four: "k7qm-2xwd-…". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")).join("-"),
  );
}

/** Whether the input looks like a recovery code rather than a six-digit app code. */
export function isRecoveryCodeShape(input: string): boolean {
  return normalize(input).length === 16;
}

function normalize(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}

/** Codes are long and random, so a plain SHA-256 is enough; it works without the session secret. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(`einblick:recovery:${normalize(code)}`)
    .digest("hex");
}
