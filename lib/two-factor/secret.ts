import "server-only";

/** The session secret, which also seals TOTP secrets (set by `npm start`, required by next-auth). */
export function sessionSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}
