import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { rawRows } from "@/db/raw";
import { content, makeInterview, unique } from "@/test/factories";
import { inTransaction, tables } from "@/db/executor";
import { createInterview, getInterview, isSlugAvailable, publishRevision, setInterviewStatus, updateInterview } from "./interviews";
import { findLiveRedirect, getLiveInterview, listLiveInterviews, liveTranslations } from "@/modules/public-site";
import { appendRevision, getRevision, getRevisionByNumber, listRevisions } from "./revisions";

describe(`interviews and revisions (${database().dialect})`, () => {
  it("creates an interview with its first revision, reads and updates it", async () => {
    const { interview, revision } = await makeInterview({ title: "Ein Tag mit Jördis" });
    expect(interview.headRevision).toBe(1);
    expect(interview.translationGroupId).toBe(interview.id);
    expect(revision).toMatchObject({ number: 1, kind: "save", title: "Ein Tag mit Jördis", interviewId: interview.id });
    expect((await getRevision(revision.id))?.body).toEqual(revision.body);

    const updated = await updateInterview(interview.id, { featured: true });
    expect(updated?.featured).toBe(true);
    expect((await getInterview(interview.id))?.featured).toBe(true);
  });

  it("keeps slugs unique per locale but allows the same slug in another locale", async () => {
    const slug = unique("gleicher-slug");
    const { person, author } = await makeInterview({ slug });
    await expect(createInterview({ locale: "de", slug, personId: person.id }, content("Zweites"), author.id)).rejects.toSatisfy(isUniqueViolation);
    const english = await createInterview({ locale: "en", slug, personId: person.id }, content("Second"), author.id);
    expect(english.interview.slug).toBe(slug);
    expect(await isSlugAvailable("de", slug)).toBe(false);
    expect(await isSlugAvailable("fr", slug)).toBe(true);
  });

  it("leaves nothing behind when creating an interview fails half-way", async () => {
    const { person, author } = await makeInterview({ slug: "schon-vergeben-" + unique("x") });
    const { interviews, revisions } = tables();
    const before = await database().db.select({ id: revisions.id }).from(revisions);
    const brokenContent = content("Kaputt", { title: null as unknown as string });
    await expect(createInterview({ locale: "de", slug: unique("neu"), personId: person.id }, brokenContent, author.id)).rejects.toThrow();
    const after = await database().db.select({ id: revisions.id }).from(revisions);
    expect(after).toHaveLength(before.length);
    const orphans = await database().db.select({ id: interviews.id }).from(interviews).where(eq(interviews.createdBy, author.id));
    expect(orphans).toHaveLength(1);
  });

  it("rolls back every write of a failed transaction", async () => {
    const slug = unique("rollback");
    const { departments } = tables();
    await expect(
      inTransaction(async (tx) => {
        await tx.insert(departments).values({ slug, name: { de: "Vertrieb" } });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await database().db.select().from(departments).where(eq(departments.slug, slug));
    expect(rows).toEqual([]);
  });

  it("refuses to change a revision's content, even with raw SQL", async () => {
    const { revision } = await makeInterview();
    const { revisions } = tables();
    await expect(database().db.update(revisions).set({ title: "Überschrieben" }).where(eq(revisions.id, revision.id))).rejects.toThrow();
    await expect(rawRows(database(), sql`update revisions set teaser = 'x' where id = ${revision.id}`)).rejects.toThrow();
    expect((await getRevision(revision.id))?.title).toBe(revision.title);
  });

  it("appends revisions with optimistic concurrency: of two saves on the same head, one wins", async () => {
    const { interview, author } = await makeInterview();
    const owner = { interviewId: interview.id };
    const [first, second] = await Promise.all([
      appendRevision(owner, 1, content("Fassung A"), { kind: "save", authorId: author.id }),
      appendRevision(owner, 1, content("Fassung B"), { kind: "autosave", authorId: author.id }),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, conflict: true, head: 2 });
    expect((await listRevisions(owner)).map((r) => r.number)).toEqual([2, 1]);
    expect((await getRevisionByNumber(owner, 2))?.title).toMatch(/Fassung [AB]/);
  });

  it("shows only live interviews to the public, from their published revision", async () => {
    const locale = unique("xx");
    const { interview, revision, author } = await makeInterview({ locale, title: "Veröffentlicht" });
    expect(await getLiveInterview(locale, interview.slug)).toBeNull();

    await publishRevision(interview.id, revision.id);
    await appendRevision({ interviewId: interview.id }, 1, content("Entwurf, noch geheim"), { kind: "save", authorId: author.id });
    const live = await getLiveInterview(locale, interview.slug);
    expect(live?.title).toBe("Veröffentlicht");
    expect(live?.person.jobTitle.de).toBe("Produktionsleiterin");
    expect(live?.department?.name.en).toBe("Production");
    expect((await listLiveInterviews({ locale, limit: 10 })).map((c) => c.title)).toEqual(["Veröffentlicht"]);
    expect(await liveTranslations(interview.translationGroupId)).toEqual([{ locale, slug: interview.slug }]);

    await setInterviewStatus(interview.id, "unpublished");
    expect(await getLiveInterview(locale, interview.slug)).toBeNull();
    expect(await listLiveInterviews({ locale, limit: 10 })).toEqual([]);
  });

  it("treats a scheduled interview as live once its publish time has passed, until it is unpublished", async () => {
    const locale = unique("yy");
    const { interview, revision } = await makeInterview({ locale });
    await publishRevision(interview.id, revision.id);
    const { interviews } = tables();
    const now = new Date("2026-06-01T10:00:00Z");
    await database()
      .db.update(interviews)
      .set({ status: "scheduled", publishAt: new Date("2026-06-01T09:00:00Z"), unpublishAt: new Date("2026-06-02T00:00:00Z") })
      .where(eq(interviews.id, interview.id));
    expect(await getLiveInterview(locale, interview.slug, now)).not.toBeNull();
    expect(await getLiveInterview(locale, interview.slug, new Date("2026-06-01T08:59:59Z"))).toBeNull();
    expect(await getLiveInterview(locale, interview.slug, new Date("2026-06-02T00:00:00Z"))).toBeNull();
  });

  it("keeps a published interview's old slug as a redirect", async () => {
    const locale = unique("zz");
    const { interview, revision } = await makeInterview({ locale, slug: "alter-slug" });
    await publishRevision(interview.id, revision.id);
    await updateInterview(interview.id, { slug: "neuer-slug" });
    expect(await findLiveRedirect(locale, "alter-slug")).toBe("neuer-slug");
    expect(await isSlugAvailable(locale, "alter-slug")).toBe(false);
    expect(await isSlugAvailable(locale, "alter-slug", interview.id)).toBe(true);
    // Taking the old slug back removes the redirect instead of pointing at itself.
    await updateInterview(interview.id, { slug: "alter-slug" });
    expect(await findLiveRedirect(locale, "alter-slug")).toBeNull();
    expect(await findLiveRedirect(locale, "neuer-slug")).toBe("alter-slug");
  });

  it("refuses a revision that belongs to no interview and no story", async () => {
    const { revisions } = tables();
    await expect(
      database()
        .db.insert(revisions)
        .values({ ...content("Ohne Besitzer"), number: 99, kind: "save" }),
    ).rejects.toThrow();
  });
});
