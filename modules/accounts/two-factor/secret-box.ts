import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * TOTP secrets must be readable by the server (a hash would not do), so they are stored
 * encrypted with AES-256-GCM under a key derived from the session secret: a database dump
 * alone yields no authenticator seeds. Changing NEXTAUTH_SECRET makes them unreadable;
 * recovery codes (hashed, not encrypted) still work then, and an admin can reset 2FA.
 */
function key(secret: string): Buffer {
  return createHash("sha256").update(`einblick:totp:${secret}`).digest();
}

export function seal(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The plain text, or null when the box was sealed under another secret or tampered with. */
export function open(sealed: string, secret: string): string | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
