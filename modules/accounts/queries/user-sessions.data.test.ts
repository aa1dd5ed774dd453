import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { makeUser } from "@/test/factories";
import { tables } from "@/db/executor";
import { endSession, startSession, touchSession, TOUCH_INTERVAL_MS } from "./user-sessions";

const limits = { maxAgeS: 12 * 3600, idleS: 2 * 3600 };
const start = new Date("2026-11-21T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

async function lastSeen(id: string) {
  const { userSessions } = tables();
  const rows = await database().db.select().from(userSessions);
  return rows.find((row) => row.id === id)?.lastSeenAt ?? null;
}

describe(`studio sessions (${database().dialect})`, () => {
  it("end after two idle hours, and activity keeps them alive", async () => {
    const user = await makeUser("editor");
    const id = await startSession(user.id, start, limits);
    expect(await touchSession(id, user.id, at(119), limits.idleS)).toBe(true);
    // Activity at 1:59 moved the clock: 3:58 is within two hours of it.
    expect(await touchSession(id, user.id, at(238), limits.idleS)).toBe(true);
    expect(await touchSession(id, user.id, at(238 + 121), limits.idleS)).toBe(false);
  });

  it("write activity at most once a minute", async () => {
    const user = await makeUser("editor");
    const id = await startSession(user.id, start, limits);
    await touchSession(id, user.id, new Date(start.getTime() + TOUCH_INTERVAL_MS - 1), limits.idleS);
    expect(await lastSeen(id)).toEqual(start);
    await touchSession(id, user.id, at(2), limits.idleS);
    expect(await lastSeen(id)).toEqual(at(2));
  });

  it("are gone after sign-out, and belong to their user only", async () => {
    const [user, other] = [await makeUser("editor"), await makeUser("editor")];
    const id = await startSession(user.id, start, limits);
    expect(await touchSession(id, other.id, at(1), limits.idleS)).toBe(false);
    await endSession(id);
    expect(await touchSession(id, user.id, at(1), limits.idleS)).toBe(false);
  });

  it("a new sign-in clears the user's expired sessions", async () => {
    const user = await makeUser("editor");
    const stale = await startSession(user.id, start, limits);
    const fresh = await startSession(user.id, at(3 * 60), limits);
    expect(await lastSeen(stale)).toBeNull();
    expect(await lastSeen(fresh)).toEqual(at(3 * 60));
  });
});
