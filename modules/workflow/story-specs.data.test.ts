import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { createAsset } from "@/modules/media";
import { storiesAwaitingReview } from "./queries/inbox";
import { listNotifications } from "./queries/notifications";
import { listActivePreviewLinks } from "./queries/preview-links";
import { listComments } from "./queries/review-events";
import {
  createStory,
  getStory,
  updateStory,
  createReleasedTopic,
  listReleasedTopics,
  listUniverses,
  storiesOfTopic,
  storyPreview,
  archiveUniverseOrTopicSpec,
  deleteUniverseOrTopicSpec,
  openStorySpec,
  saveStorySpec,
  saveTopicSpec,
  saveUniverseSpec,
  RELEASED,
  STORY_CHANGED,
} from "@/modules/universes";
import { topics, universes } from "@/modules/taxonomy";
import { content, makePerson, makeUser, unique } from "@/test/factories";
import { runLinkAction } from "@/lib/action/link";
import { runAction } from "@/modules/accounts";
import { addStoryCommentSpec, guestCommentSpec } from "./comments";
import { findPreviewLink, issuePreviewLinkSpec, revokePreviewLinkSpec } from "./preview-links";
import { approveStorySpec, HELD_BACK, releaseTopicSpec, requestStoryChangesSpec, STORY_UNFINISHED, submitStorySpec } from "./story-specs";
import { SLUG_TAKEN } from "@/lib/forms/fields";
import { localize } from "@/lib/i18n/bilingual";

// One file for everything that creates universes: the gate counts every universe there is.
const paragraph = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

describe(`work universes (${database().dialect})`, () => {
  it("releases a topic only as a whole: held back while one story is in review, then all at once", async () => {
    const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
    const made = await runAction(
      saveUniverseSpec,
      {
        nameDe: `Die Werkstatt ${unique("w")}`,
        nameEn: "",
        descriptionDe: "Offen und neugierig.",
        descriptionEn: "",
        color: "#2F6F5E",
        icon: "wrench",
        position: 1,
        slug: "",
      },
      editor,
    );
    if (!made.ok) throw new Error(made.error);
    expect(await universes.getById(made.data.id)).toMatchObject({ color: "#2f6f5e", icon: "wrench" });
    const oddIcon = await runAction(
      saveUniverseSpec,
      { id: made.data.id, nameDe: "Werkstatt", nameEn: "", descriptionDe: "x", descriptionEn: "", color: "#2F6F5E", icon: "<svg>", position: 1, slug: "" },
      editor,
    );
    expect(oddIcon).toMatchObject({ ok: false, code: "validation", fieldErrors: { icon: [expect.any(String)] } });
    expect(
      await runAction(
        saveUniverseSpec,
        { nameDe: "Themen", nameEn: "", descriptionDe: "x", descriptionEn: "", color: "#000000", position: 1, slug: "themen" },
        editor,
      ),
    ).toMatchObject({ ok: false, code: "validation", fieldErrors: { slug: [localize(SLUG_TAKEN, "de")] } });
    const topic = await runAction(
      saveTopicSpec,
      {
        titleDe: `Wie wir Kund:innen einbinden ${unique("t")}`,
        titleEn: "",
        framingDe: "Wer sitzt mit am Tisch?",
        framingEn: "",
        closingDe: "",
        closingEn: "",
        position: 1,
        slug: "",
      },
      editor,
    );
    if (!topic.ok) throw new Error(topic.error);
    const topicId = topic.data.id;

    // A story for every universe there is, each written, submitted and approved but one.
    const all = await listUniverses();
    const last = all.find((universe) => universe.id === made.data.id)!;
    for (const universe of all) {
      const opened = await runAction(openStorySpec, { topicId, universeId: universe.id, locale: "de" }, editor);
      if (!opened.ok) throw new Error(opened.error);
      expect(await runAction(openStorySpec, { topicId, universeId: universe.id, locale: "de" }, editor)).toEqual(opened);
      const saved = await runAction(
        saveStorySpec,
        {
          storyId: opened.data.id,
          expectedHead: 1,
          title: "So ist es bei uns",
          teaser: "Ein Satz, der nach uns klingt.",
          body: paragraph("Erste Person, ehrlich."),
        },
        editor,
      );
      expect(saved).toMatchObject({ ok: true, data: { head: 2 } });
      await runAction(submitStorySpec, { storyId: opened.data.id }, editor);
      if (universe.id !== last.id)
        expect(await runAction(approveStorySpec, { storyId: opened.data.id, revisionNumber: 2 }, reviewer)).toMatchObject({
          ok: true,
          data: { status: "approved" },
        });
    }
    // A stale save is refused, not merged.
    const lastStory = (await storiesOfTopic(topicId, "de")).find((story) => story.universeId === last.id)!;
    expect(
      await runAction(saveStorySpec, { storyId: lastStory.id, expectedHead: 1, title: "Alt", teaser: "Alt.", body: paragraph("Alt.") }, editor),
    ).toMatchObject({ ok: false, code: "conflict", error: localize(STORY_CHANGED, "de") });

    const held = await runAction(releaseTopicSpec, { topicId, locale: "de" }, editor);
    expect(held).toMatchObject({ ok: false, code: "conflict", error: localize(HELD_BACK, "de") });
    expect((await listReleasedTopics("de")).some((entry) => entry.id === topicId)).toBe(false);

    // The writer cannot approve their own story; a reviewer can, and then the topic goes out.
    expect(await runAction(approveStorySpec, { storyId: lastStory.id, revisionNumber: 2 }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(approveStorySpec, { storyId: lastStory.id, revisionNumber: 2 }, reviewer)).toMatchObject({ ok: true });
    expect(await runAction(releaseTopicSpec, { topicId, locale: "de" }, reviewer)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(releaseTopicSpec, { topicId, locale: "de" }, editor)).toMatchObject({ ok: true, data: { released: all.length } });
    const released = (await listReleasedTopics("de")).find((entry) => entry.id === topicId);
    expect(released?.stories).toHaveLength(all.length);
    expect(released?.stories.every((story) => story.teaser === "Ein Satz, der nach uns klingt.")).toBe(true);

    // A released story that is changed stays public on its released text until released again.
    expect(
      await runAction(saveStorySpec, { storyId: lastStory.id, expectedHead: 2, title: "Neu", teaser: "Ein neuer Satz.", body: paragraph("Neu.") }, editor),
    ).toMatchObject({ ok: true, data: { head: 3 } });
    expect(await runAction(submitStorySpec, { storyId: lastStory.id }, editor)).toMatchObject({ ok: true, data: { status: "in_review" } });
    const still = (await listReleasedTopics("de")).find((entry) => entry.id === topicId);
    expect(still?.stories.find((story) => story.universeId === last.id)?.teaser).toBe("Ein Satz, der nach uns klingt.");

    // Stories have the same conversation as interviews.
    const remark = await runAction(addStoryCommentSpec, { storyId: lastStory.id, message: "Schöner erster Satz." }, reviewer);
    if (!remark.ok) throw new Error(remark.error);
    await runAction(addStoryCommentSpec, { storyId: lastStory.id, message: "Danke!", parentId: remark.data.id }, editor);
    expect((await listComments({ storyId: lastStory.id })).map((comment) => [comment.who, comment.message, comment.parentId])).toEqual([
      [reviewer.name, "Schöner erster Satz.", null],
      [editor.name, "Danke!", remark.data.id],
    ]);
  });

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

  it("sends a story to review only once its line for the self-check and its text are written", async () => {
    const editor = await makeUser("editor");
    const universe = await universes.create({
      slug: unique("welt"),
      name: { de: "Die Mühle" },
      description: { de: "x" },
      color: "#654321",
      archivedAt: new Date(),
    });
    const topic = await topics.create({ slug: unique("thema"), title: { de: "Wie wir anfangen" }, framing: { de: "?" } });
    const opened = await runAction(openStorySpec, { topicId: topic.id, universeId: universe.id, locale: "de" }, editor);
    if (!opened.ok) throw new Error(opened.error);
    const unfinished = { ok: false, code: "conflict", error: localize(STORY_UNFINISHED, "de") };
    expect(await runAction(submitStorySpec, { storyId: opened.data.id }, editor)).toMatchObject(unfinished);
    await runAction(
      saveStorySpec,
      { storyId: opened.data.id, expectedHead: 1, title: "Mit Kaffee", teaser: "Wir fangen mit Kaffee an.", body: { type: "doc", content: [] } },
      editor,
    );
    expect(await runAction(submitStorySpec, { storyId: opened.data.id }, editor)).toMatchObject(unfinished);
    await runAction(
      saveStorySpec,
      {
        storyId: opened.data.id,
        expectedHead: 2,
        title: "Mit Kaffee",
        teaser: "Wir fangen mit Kaffee an.",
        body: paragraph("Und mit einer Runde durchs Haus."),
      },
      editor,
    );
    expect(await runAction(submitStorySpec, { storyId: opened.data.id }, editor)).toMatchObject({ ok: true, data: { status: "in_review" } });
  });

  it("lists work-universe stories waiting for review, except the reviewer's own", async () => {
    const reviewer = await makeUser("reviewer");
    const universe = await universes.create({ slug: unique("welt"), name: { de: "Die Werft" }, description: { de: "x" }, color: "#000000" });
    const topic = await topics.create({ slug: unique("thema"), title: { de: "Thema" }, framing: { de: "?" } });
    const { story } = await createStory({ topicId: topic.id, universeId: universe.id, locale: "de" }, content("Wir lernen am Schiff"), null);
    const own = (await createStory({ topicId: topic.id, universeId: universe.id, locale: "en" }, content("Written by the reviewer"), reviewer.id)).story;
    for (const id of [story.id, own.id]) await updateStory(id, { status: "in_review" });
    const waiting = await storiesAwaitingReview(reviewer.id, 500);
    expect(waiting).toContainEqual(expect.objectContaining({ id: story.id, title: "Wir lernen am Schiff", personName: "Die Werft" }));
    expect(waiting.map((item) => item.id)).not.toContain(own.id);
  });

  it("tells reviewers of a submitted story and its writer of requests, approvals and comments, also from a preview link", async () => {
    const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
    const universe = await universes.create({
      slug: unique("welt"),
      name: { de: "Das Labor" },
      description: { de: "x" },
      color: "#123456",
      archivedAt: new Date(),
    });
    const topic = await topics.create({ slug: unique("thema"), title: { de: "Wie wir lernen" }, framing: { de: "?" } });
    const { story } = await createStory({ topicId: topic.id, universeId: universe.id, locale: "de" }, content("Wir lernen im Labor"), editor.id);
    const noticesOf = async (userId: string) =>
      (await listNotifications(userId)).filter((row) => row.storyId === story.id).map((row) => [row.kind, row.title, row.actorName, row.message]);

    await runAction(submitStorySpec, { storyId: story.id }, editor);
    expect(await noticesOf(reviewer.id)).toEqual([["submitted", "Wir lernen im Labor", editor.name, null]]);
    await runAction(requestStoryChangesSpec, { storyId: story.id, message: "Bitte ein Beispiel." }, reviewer);

    // A pinned link opens exactly this version of the story to someone without an account.
    const issued = await runAction(issuePreviewLinkSpec, { storyId: story.id, days: 7, pinned: true }, editor);
    if (!issued.ok) throw new Error(issued.error);
    const token = issued.data.url.split("/").pop()!;
    expect((await findPreviewLink(token, new Date()))?.story?.id).toBe(story.id);
    expect((await storyPreview(story.id, 1))?.story.title).toBe("Wir lernen im Labor");
    const [active] = await listActivePreviewLinks({ storyId: story.id });
    expect(active).toMatchObject({ pinnedNumber: 1, createdByName: editor.name });
    expect(await runLinkAction(guestCommentSpec, { token, name: "Ole Brandt", message: "Klingt nach uns." })).toMatchObject({ ok: true });
    expect(await noticesOf(editor.id)).toEqual([
      ["comment", "Wir lernen im Labor", "Ole Brandt", "Klingt nach uns."],
      ["changes_requested", "Wir lernen im Labor", reviewer.name, "Bitte ein Beispiel."],
    ]);

    // Another interview's or story's link cannot be revoked through this one.
    expect(await runAction(revokePreviewLinkSpec, { interviewId: story.id, linkId: active!.id }, editor)).toMatchObject({ ok: false, code: "not_found" });
    expect(await runAction(revokePreviewLinkSpec, { storyId: story.id, linkId: active!.id }, editor)).toMatchObject({ ok: true });
    expect(await findPreviewLink(token, new Date())).toBeNull();
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
    // Left archived, so later gates in this file do not wait for it.
    await runAction(archiveUniverseOrTopicSpec, { kind: "universe", id, archived: true }, editor);
  });
});
