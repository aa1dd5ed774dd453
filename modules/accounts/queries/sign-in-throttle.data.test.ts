import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { unique } from "@/test/factories";
import { blockedUntil, clearFailures, FAILURE_MEMORY_MS, recordFailure } from "./sign-in-throttle";

describe(`sign-in throttle (${database().dialect})`, () => {
  const start = new Date("2026-11-21T09:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);

  it("blocks an account after five failures, for 30 s, then twice as long", async () => {
    const account = unique("email:");
    for (let n = 0; n < 4; n++) expect(await recordFailure([account], at(n))).toEqual([]);
    expect(await blockedUntil([account], at(10))).toBeNull();
    expect(await recordFailure([account], at(10))).toEqual([account]);
    expect(await blockedUntil([account], at(11))).toEqual(at(10 + 30_000));
    expect(await blockedUntil([account], at(10 + 30_001))).toBeNull();
    await recordFailure([account], at(40_000));
    expect(await blockedUntil([account], at(40_001))).toEqual(at(40_000 + 60_000));
  });

  it("gives a client address twenty failures and checks every key at once", async () => {
    const address = unique("ip:");
    for (let n = 0; n < 19; n++) await recordFailure([address], at(n));
    expect(await blockedUntil([address, unique("email:")], at(100))).toBeNull();
    await recordFailure([address], at(100));
    expect(await blockedUntil([unique("email:"), address], at(101))).toEqual(at(100 + 30_000));
  });

  it("forgets failures a day after the last one, and a success clears the account", async () => {
    const account = unique("email:");
    for (let n = 0; n < 4; n++) await recordFailure([account], at(n));
    await recordFailure([account], at(FAILURE_MEMORY_MS + 10));
    expect(await blockedUntil([account], at(FAILURE_MEMORY_MS + 11))).toBeNull();

    for (let n = 0; n < 4; n++) await recordFailure([account], at(FAILURE_MEMORY_MS + 20 + n));
    await clearFailures(account);
    await recordFailure([account], at(FAILURE_MEMORY_MS + 30));
    expect(await blockedUntil([account], at(FAILURE_MEMORY_MS + 31))).toBeNull();
  });
});
