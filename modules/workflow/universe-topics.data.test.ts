import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { createAsset } from "@/modules/media";
import {
  createStory,
  getStory,
  createReleasedTopic,
  listReleasedTopics,
  listUniverses,
  archiveUniverseOrTopicSpec,
  deleteUniverseOrTopicSpec,
  saveUniverseSpec,
  RELEASED,
} from "@/modules/universes";
import { topics, universes } from "@/modules/taxonomy";
import { content, makePerson, makeUser, unique } from "@/test/factories";
import { runAction } from "@/modules/accounts";
import { localize } from "@/lib/i18n/bilingual";

// These tests create universes, and the release gate in story-specs.data.test.ts counts every universe there
// is: they may sit in a file of their own only because data test files run one after another
// (fileParallelism: false in vitest.config.ts).
describe(`work universes (${database().dialect})`, () => {
  it("lists released topics with each universe's published story in the reader's language, and nothing unreleased", async () => {
    const first = await universes.create({ slug: unique("welt"), name: { de: "Welt" }, description: { de: "Beschreibung" }, color: "#2f6f5e", position: 1 });
    const released = await createReleasedTopic({ slug: unique("thema"), title: { de: "Wie wir entscheiden" }, framing: { de: "Wer hat das letzte Wort?" } }, [
      {
        universeId: first.id,
        locale: "de",
        content: content("Im Konsent", { teaser: "Wir entscheiden gemeinsam." }),
        personId: (await makePerson("Jana Ebert")).id,
      },
    ]);
    const draft = await topics.create({ slug: unique("entwurf"), title: { de: "Noch nicht fertig" }, framing: { de: "…" } });
    const listed = await listReleasedTopics("de");
    expect(listed.find((topic) => topic.id === released.id)?.stories.map((story) => [story.title, story.teaser])).toEqual([
      ["Im Konsent", "Wir entscheiden gemeinsam."],
    ]);
    expect(listed.find((topic) => topic.id === released.id)?.stories[0]?.teller).toEqual({ name: "Jana Ebert", role: "Produktionsleiterin" });
    expect(listed.some((topic) => topic.id === draft.id)).toBe(false);
    expect((await listReleasedTopics("en")).some((topic) => topic.id === released.id)).toBe(false);
  });

  it("archives a universe or topic off the site and out of the gate, brings it back, and deletes only what never went public", async () => {
    const editor = await makeUser("editor");
    const picture = await createAsset({
      storageKey: `universes/${unique("bild")}.webp`,
      mimeType: "image/webp",
      width: 1600,
      height: 1200,
      bytes: 1000,
      variants: [],
    });
    const fields = {
      nameDe: `Die Brücke ${unique("b")}`,
      nameEn: "",
      descriptionDe: "Zwischen allen Stühlen.",
      descriptionEn: "",
      color: "#445566",
      icon: "",
      position: 9,
      slug: "",
    };
    expect(await runAction(saveUniverseSpec, { ...fields, imageAssetId: "gibt-es-nicht" }, editor)).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { imageAssetId: [expect.any(String)] },
    });
    const made = await runAction(saveUniverseSpec, { ...fields, imageAssetId: picture.id }, editor);
    if (!made.ok) throw new Error(made.error);
    const id = made.data.id;
    expect((await listUniverses()).find((universe) => universe.id === id)?.image).toEqual({
      src: `/api/media/${picture.storageKey}`,
      width: 1600,
      height: 1200,
    });

    const told = await createReleasedTopic({ slug: unique("thema"), title: { de: "Wie wir planen" }, framing: { de: "?" } }, [
      { universeId: id, locale: "de", content: content("Im Kreis") },
    ]);
    expect((await listReleasedTopics("de")).some((topic) => topic.id === told.id)).toBe(true);
    expect(await runAction(archiveUniverseOrTopicSpec, { kind: "universe", id, archived: true }, editor)).toMatchObject({ ok: true });
    expect((await listUniverses()).some((universe) => universe.id === id)).toBe(false);
    // Its stories leave the released topics, and a topic it alone told leaves with them.
    expect((await listReleasedTopics("de")).some((topic) => topic.id === told.id)).toBe(false);
    expect((await listUniverses(undefined, "archived")).some((universe) => universe.id === id)).toBe(true);
    expect(await runAction(archiveUniverseOrTopicSpec, { kind: "universe", id, archived: false }, editor)).toMatchObject({ ok: true });
    expect((await listUniverses()).some((universe) => universe.id === id)).toBe(true);

    // Released: it may be archived, not deleted. Archiving the topic takes it off the site.
    const released = await createReleasedTopic({ slug: unique("thema"), title: { de: "Wie wir streiten" }, framing: { de: "?" } }, [
      { universeId: id, locale: "de", content: content("Offen") },
    ]);
    expect(await runAction(deleteUniverseOrTopicSpec, { kind: "universe", id }, editor)).toMatchObject({
      ok: false,
      code: "conflict",
      error: localize(RELEASED.universe, "de"),
    });
    expect(await runAction(deleteUniverseOrTopicSpec, { kind: "topic", id: released.id }, editor)).toMatchObject({
      ok: false,
      code: "conflict",
      error: localize(RELEASED.topic, "de"),
    });
    expect(await runAction(archiveUniverseOrTopicSpec, { kind: "topic", id: released.id, archived: true }, editor)).toMatchObject({ ok: true });
    expect((await listReleasedTopics("de")).some((topic) => topic.id === released.id)).toBe(false);

    // Never public: deleted with its stories.
    const draft = await topics.create({ slug: unique("entwurf"), title: { de: "Entwurf" }, framing: { de: "?" } });
    const { story } = await createStory({ topicId: draft.id, universeId: id, locale: "de" }, content("Noch nicht fertig"), editor.id);
    expect(await runAction(deleteUniverseOrTopicSpec, { kind: "topic", id: draft.id }, editor)).toMatchObject({ ok: true });
    expect(await topics.getById(draft.id)).toBeNull();
    expect(await getStory(story.id)).toBeNull();
    expect(await runAction(deleteUniverseOrTopicSpec, { kind: "topic", id: draft.id }, editor)).toMatchObject({ ok: false, code: "not_found" });
    // Left archived, so a gate counted later (story-specs.data.test.ts may run after this file) does not wait for it.
    await runAction(archiveUniverseOrTopicSpec, { kind: "universe", id, archived: true }, editor);
  });
});
