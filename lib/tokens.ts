import { createHash, randomBytes } from "node:crypto";

/**
 * Secrets in links (invitations, resets, previews, consent): 256 random bits, URL-safe.
 * Only the SHA-256 hash is stored, so a database dump opens no link.
 */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Link tokens have exactly this shape; anything else is refused before any lookup. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
