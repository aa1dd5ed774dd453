/**
 * Sign-in throttling: the first failures are free (typos happen); then the wait starts at
 * 30 seconds and doubles with each further failure, up to a quarter of an hour. An account gets 5 free failures;
 * a client address gets 20, because a whole office may share one address.
 */
export const FREE_FAILURES = { account: 5, address: 20 } as const;
const FIRST_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

export function delayAfter(failures: number, free: number = FREE_FAILURES.account): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - free));
}

/**
 * The client address: the last hop of X-Forwarded-For, which the nearest reverse proxy
 * appends (or Next.js sets when the header is absent). Earlier hops are the client's own
 * claims and are ignored.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined>): string {
  const forwarded = headers["x-forwarded-for"];
  const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(",").at(-1)?.trim();
  return last || "unknown";
}
