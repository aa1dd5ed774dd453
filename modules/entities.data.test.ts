import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { content, makeInterview, makePerson, makeUser, unique } from "@/test/factories";
import { createAsset, getAsset, getAssetByKey } from "@/modules/media";
import { audit, auditPage, listAudit } from "@/modules/audit";
import { createJob, listJobs, updateJob } from "@/modules/jobs";
import { getPerson, updatePerson } from "@/modules/people";
import { createPreviewLink, getPreviewLinkByHash, revokePreviewLink, addReviewEvent, editComment, listReviewEvents } from "@/modules/workflow";
import { getSettings, saveSettings } from "@/modules/site";
import { createStory, getStory, listStoriesOfTopic, updateStory } from "@/modules/universes";
import { departments, locations, seriesTable, topics, universes } from "@/modules/taxonomy";
import { bumpTokenVersion, createUser, getUserByEmail, getUserById, updateUser } from "@/modules/accounts";

describe(`entities: create, read, update (${database().dialect})`, () => {
  it("settings", async () => {
    const input = {
      companyName: "Testfirma GmbH",
      tagline: { de: "Menschen, die gestalten", en: "People who shape things" },
      accentColor: "#0f766e",
      defaultJobsUrl: "https://jobs.example.test",
      locales: ["de", "en"],
      defaultLocale: "de",
      timeZone: "Europe/Berlin",
    };
    await saveSettings(input);
    expect(await getSettings()).toMatchObject(input);
    await saveSettings({ ...input, accentColor: "#b45309", imprintUrl: "https://example.test/impressum" });
    expect(await getSettings()).toMatchObject({ accentColor: "#b45309", imprintUrl: "https://example.test/impressum" });
  });

  it("users, with unique emails regardless of case", async () => {
    const email = `${unique("Grete")}@Example.test`;
    const user = await createUser({ email, name: "Grete Groß", role: "editor" });
    expect(user.email).toBe(email.toLowerCase());
    expect((await getUserByEmail(email.toUpperCase()))?.id).toBe(user.id);
    await expect(createUser({ email, name: "Doppelt", role: "admin" })).rejects.toSatisfy(isUniqueViolation);
    await updateUser(user.id, { role: "reviewer", disabled: true });
    await bumpTokenVersion(user.id);
    expect(await getUserById(user.id)).toMatchObject({ role: "reviewer", disabled: true, tokenVersion: 1 });
  });

  it("taxonomies with unique slugs and localized names", async () => {
    for (const table of [departments, locations, seriesTable] as const) {
      const slug = unique("kund-innen");
      const extra = table === seriesTable ? { description: { de: "Kurz und knapp" } } : {};
      const row = await table.create({ slug, name: { de: "Kund:innen-Service", en: "Customer service" }, ...extra } as never);
      expect((await table.getBySlug(slug))?.id).toBe(row.id);
      expect((await table.getById(row.id))?.name).toEqual({ de: "Kund:innen-Service", en: "Customer service" });
      await table.update(row.id, { name: { de: "Kundenservice" } });
      expect((await table.getById(row.id))?.name).toEqual({ de: "Kundenservice" });
      expect((await table.list()).some((r) => r.id === row.id)).toBe(true);
      await expect(table.create({ slug, name: { de: "Doppelt" }, ...extra } as never)).rejects.toSatisfy(isUniqueViolation);
    }
  });

  it("people and their portraits", async () => {
    const person = await makePerson("Jörg Weiß");
    const asset = await createAsset({
      storageKey: `portraits/${unique("p")}.webp`,
      mimeType: "image/webp",
      width: 800,
      height: 1000,
      bytes: 12_345,
      variants: [{ format: "webp", width: 400, height: 500, key: "x-400.webp" }],
    });
    await updatePerson(person.id, { portraitAssetId: asset.id, portraitAlt: { de: "Jörg lacht" }, portraitFocalY: 0.3, active: false });
    expect(await getPerson(person.id)).toMatchObject({
      displayName: "Jörg Weiß",
      portraitAssetId: asset.id,
      portraitAlt: { de: "Jörg lacht" },
      portraitFocalY: 0.3,
      active: false,
    });
    expect((await getAsset(asset.id))?.variants).toHaveLength(1);
    expect((await getAssetByKey(asset.storageKey))?.id).toBe(asset.id);
  });

  it("review events and preview links", async () => {
    const { interview } = await makeInterview();
    const reviewer = await makeUser("reviewer");
    const comment = await addReviewEvent({ interviewId: interview.id, kind: "comment", actorUserId: reviewer.id, message: "Schön!" });
    const approval = await addReviewEvent({ interviewId: interview.id, kind: "approve", actorUserId: reviewer.id, revisionNumber: 1 });
    await editComment(comment.id, "Sehr schön!");
    // An approval is a record, not a comment: it cannot be rewritten.
    expect(await editComment(approval.id, "umgeschrieben")).toBeNull();
    const events = await listReviewEvents({ interviewId: interview.id });
    expect(events.map((e) => [e.kind, e.message])).toEqual([
      ["comment", "Sehr schön!"],
      ["approve", null],
    ]);

    const tokenHash = unique("hash");
    const link = await createPreviewLink({
      tokenHash,
      purpose: "preview",
      interviewId: interview.id,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
    expect((await getPreviewLinkByHash(tokenHash))?.id).toBe(link.id);
    await revokePreviewLink(link.id);
    expect((await getPreviewLinkByHash(tokenHash))?.revokedAt).toBeInstanceOf(Date);
  });

  it("universes, topics and stories", async () => {
    const universe = await universes.create({
      slug: unique("werkstatt"),
      name: { de: "Die Werkstatt" },
      description: { de: "Offen und gemeinsam" },
      color: "#2563eb",
      position: 1,
    });
    const topic = await topics.create({ slug: unique("kunden"), title: { de: "Wie wir Kund:innen einbinden" }, framing: { de: "Wer sitzt mit am Tisch?" } });
    const { story, revision } = await createStory({ topicId: topic.id, universeId: universe.id, locale: "de" }, content("Bei uns"), null);
    expect(revision.storyId).toBe(story.id);
    await updateStory(story.id, { status: "in_review" });
    expect((await getStory(story.id))?.status).toBe("in_review");
    expect((await listStoriesOfTopic(topic.id, "de")).map((s) => s.id)).toEqual([story.id]);
    await topics.update(topic.id, { publishedAt: new Date("2026-01-01T00:00:00Z") });
    expect((await topics.getById(topic.id))?.publishedAt?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("jobs and the audit log", async () => {
    const department = await departments.create({ slug: unique("f-e"), name: { de: "Forschung & Entwicklung" } });
    const job = await createJob({ title: { de: "Ingenieur:in Antriebstechnik (m/w/d)" }, url: "https://jobs.example.test/1", departmentId: department.id });
    expect(await listJobs({ openOnly: true, departmentSlug: department.slug })).toEqual([
      {
        id: job.id,
        title: { de: "Ingenieur:in Antriebstechnik (m/w/d)" },
        url: "https://jobs.example.test/1",
        open: true,
        department: { de: "Forschung & Entwicklung" },
        location: null,
      },
    ]);
    await updateJob(job.id, { open: false });
    expect(await listJobs({ openOnly: true, departmentSlug: department.slug })).toEqual([]);
    expect((await listJobs({ openOnly: false, departmentSlug: department.slug })).map((j) => [j.id, j.open])).toEqual([[job.id, false]]);

    const actor = await makeUser("admin");
    const action = unique("role.change");
    await audit({ actorUserId: actor.id, action, entityType: "user", entityId: actor.id, details: { from: "editor", to: "admin" } });
    const [latest] = (await listAudit(50)).filter((entry) => entry.action === action);
    expect(latest?.details).toEqual({ from: "editor", to: "admin" });
  });

  it("pages the audit log newest first, filtered by action prefix, with names", async () => {
    const [actor, subject] = [await makeUser("admin"), await makeUser("editor")];
    const prefix = `${unique("kind")}.`;
    for (let n = 1; n <= 3; n++) {
      await audit({ actorUserId: actor.id, action: `${prefix}${n}`, entityType: "user", entityId: subject.id, details: {} });
    }
    await audit({ actorUserId: null, action: `${unique("other")}.x`, entityType: "settings", entityId: null, details: {} });

    const first = await auditPage({ prefixes: [prefix], offset: 0, limit: 2 });
    expect(first.rows.map((row) => row.action)).toEqual([`${prefix}3`, `${prefix}2`]);
    expect(first.hasOlder).toBe(true);
    expect(first.rows[0]).toMatchObject({ actorName: actor.name, subjectName: subject.name });

    const second = await auditPage({ prefixes: [prefix], offset: 2, limit: 2 });
    expect(second.rows.map((row) => row.action)).toEqual([`${prefix}1`]);
    expect(second.hasOlder).toBe(false);
  });
});
