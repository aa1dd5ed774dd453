import { v7 } from "uuid";

/**
 * Row ids: UUIDv7, which sort by creation time (monotonic within a process). Ordering by
 * (created_at, id) therefore follows insertion order even when two rows share a millisecond,
 * as a comment and an approval written together do.
 */
export function newId(): string {
  return v7();
}
