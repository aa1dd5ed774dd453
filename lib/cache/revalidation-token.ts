import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The bearer token of POST /api/revalidate, derived from the session secret so that
 * nothing extra needs configuring: whoever holds the secret (the server, imports and
 * scripts run beside it, the test runner) may flush cached public pages, nobody else.
 */
export function revalidationToken(secret: string): string {
  return createHmac("sha256", secret).update("einblick:revalidate").digest("base64url");
}

export function isRevalidationToken(candidate: string, secret: string): boolean {
  const expected = Buffer.from(revalidationToken(secret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks the server at `baseUrl` to expire `tags`: how writers outside its actions announce a change. */
export function requestRevalidation(baseUrl: string, secret: string, tags: string[]): Promise<Response> {
  return fetch(`${baseUrl}/api/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${revalidationToken(secret)}`, "content-type": "application/json" },
    body: JSON.stringify({ tags }),
  });
}
