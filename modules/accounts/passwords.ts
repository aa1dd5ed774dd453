import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/**
 * Password hashing with argon2id at OWASP's recommended cost (19 MiB, 2 passes). The
 * whole password is hashed, however long; there is no 72-byte truncation as with bcrypt.
 */
// `Algorithm` is an ambient const enum, which isolated modules cannot read; 2 is Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// No 0/O, 1/l/I: generated passwords are read off a terminal and typed by hand.
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password of four dash-separated groups (about 119 bits of entropy). */
export function generatePassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}
