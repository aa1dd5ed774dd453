import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { makeInterview } from "@/test/factories";
import { tables } from "@/db/executor";
import { publishRevision } from "./interviews";
import { getLiveInterview } from "@/modules/public-site";
import { isLive, nextScheduledChange } from "./visibility";

describe(`nextScheduledChange (${database().dialect})`, () => {
  // Far in the future, so rows of other tests cannot interfere.
  const now = new Date("2090-01-01T00:00:00Z");
  const at = (hour: number) => new Date(Date.UTC(2090, 0, 1, hour));

  it("finds the earliest due scheduled publish or unpublish ahead of now", async () => {
    const { interviews } = tables();
    const scheduled = await makeInterview({});
    await publishRevision(scheduled.interview.id, scheduled.revision.id);
    await database()
      .db.update(interviews)
      .set({ status: "scheduled", publishAt: at(10) })
      .where(eq(interviews.id, scheduled.interview.id));
    expect(await nextScheduledChange(now)).toEqual(at(10));

    const leaving = await makeInterview({});
    await publishRevision(leaving.interview.id, leaving.revision.id);
    await database()
      .db.update(interviews)
      .set({ unpublishAt: at(5) })
      .where(eq(interviews.id, leaving.interview.id));
    expect(await nextScheduledChange(now)).toEqual(at(5));

    // Times already passed and drafts without a published revision change nothing.
    const draft = await makeInterview({});
    await database()
      .db.update(interviews)
      .set({ status: "scheduled", publishAt: at(1) })
      .where(eq(interviews.id, draft.interview.id));
    expect(await nextScheduledChange(now)).toEqual(at(5));
    expect(await nextScheduledChange(at(11))).toBeNull();
  });
});

describe(`isLive agrees with the SQL rule (${database().dialect})`, () => {
  it("gives the same answer as the public reads, state by state", async () => {
    const { interviews } = tables();
    const now = new Date("2091-01-01T12:00:00Z");
    const cases: Record<string, unknown>[] = [
      { status: "published" },
      { status: "in_review" },
      { status: "unpublished" },
      { status: "archived" },
      { status: "scheduled", publishAt: new Date("2091-01-01T13:00:00Z") },
      { status: "scheduled", publishAt: new Date("2091-01-01T11:00:00Z") },
      { status: "published", unpublishAt: new Date("2091-01-01T11:00:00Z") },
    ];
    for (const patch of cases) {
      const made = await makeInterview({ locale: "xx" });
      await publishRevision(made.interview.id, made.revision.id);
      await database().db.update(interviews).set(patch).where(eq(interviews.id, made.interview.id));
      const [row] = await database().db.select().from(interviews).where(eq(interviews.id, made.interview.id));
      const publicRead = await getLiveInterview("xx", made.interview.slug, now);
      expect(isLive(row!, now), JSON.stringify(patch)).toBe(publicRead !== null);
    }
    const draft = await makeInterview({ locale: "xx" });
    expect(isLive(draft.interview, now)).toBe(false);
  });
});
