/**
 * Whether a request comes from another site's page. Browsers send Origin with every
 * cross-site POST; scripts and servers usually send none, which is allowed (they carry a
 * token instead of cookies). Next.js checks this for server actions only, so route
 * handlers that change anything call it themselves. Like Next, the Origin's host is
 * compared with the host the request was addressed to (X-Forwarded-Host behind a proxy).
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    // "null" (sandboxed frames, some redirects) and malformed values are foreign.
    return true;
  }
}
