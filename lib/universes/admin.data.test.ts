import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { storiesAwaitingReview } from "@/db/queries/inbox";
import { listComments } from "@/db/queries/review-events";
import { createStory, updateStory } from "@/db/queries/stories";
import { topics, universes } from "@/db/queries/taxonomy";
import { createReleasedTopic, listReleasedTopics, listUniverses, storiesOfTopic } from "@/db/queries/universes";
import { content, makePerson, makeUser, unique } from "@/test/factories";
import { runAction } from "../action";
import { addStoryCommentSpec } from "../workflow/comments";
import { approveStorySpec, openStorySpec, releaseTopicSpec, saveStorySpec, saveTopicSpec, saveUniverseSpec, submitStorySpec } from "./admin";

// One file for everything that creates universes: the gate counts every universe there is.
const paragraph = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

describe(`work universes (${database().dialect})`, () => {
  it("releases a topic only as a whole: held back while one story is in review, then all at once", async () => {
    const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
    const made = await runAction(saveUniverseSpec, { nameDe: `Die Werkstatt ${unique("w")}`, nameEn: "", descriptionDe: "Offen und neugierig.", descriptionEn: "", color: "#2F6F5E", icon: "wrench", position: 1, slug: "" }, editor);
    if (!made.ok) throw new Error(made.error);
    expect(await universes.getById(made.data.id)).toMatchObject({ color: "#2f6f5e", icon: "wrench" });
    const oddIcon = await runAction(saveUniverseSpec, { id: made.data.id, nameDe: "Werkstatt", nameEn: "", descriptionDe: "x", descriptionEn: "", color: "#2F6F5E", icon: "<svg>", position: 1, slug: "" }, editor);
    expect(oddIcon).toMatchObject({ ok: false, fieldErrors: { icon: ["Bitte eines der angebotenen Symbole wählen."] } });
    expect(await runAction(saveUniverseSpec, { nameDe: "Themen", nameEn: "", descriptionDe: "x", descriptionEn: "", color: "#000000", position: 1, slug: "themen" }, editor)).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(/vergeben/)] } });
    const topic = await runAction(saveTopicSpec, { titleDe: `Wie wir Kund:innen einbinden ${unique("t")}`, titleEn: "", framingDe: "Wer sitzt mit am Tisch?", framingEn: "", closingDe: "", closingEn: "", position: 1, slug: "" }, editor);
    if (!topic.ok) throw new Error(topic.error);
    const topicId = topic.data.id;

    // A story for every universe there is, each written, submitted and approved but one.
    const all = await listUniverses();
    const last = all.find((universe) => universe.id === made.data.id)!;
    for (const universe of all) {
      const opened = await runAction(openStorySpec, { topicId, universeId: universe.id, locale: "de" }, editor);
      if (!opened.ok) throw new Error(opened.error);
      expect(await runAction(openStorySpec, { topicId, universeId: universe.id, locale: "de" }, editor)).toEqual(opened);
      const saved = await runAction(saveStorySpec, { storyId: opened.data.id, expectedHead: 1, title: "So ist es bei uns", teaser: "Ein Satz, der nach uns klingt.", body: paragraph("Erste Person, ehrlich.") }, editor);
      expect(saved).toMatchObject({ ok: true, data: { head: 2 } });
      await runAction(submitStorySpec, { storyId: opened.data.id }, editor);
      if (universe.id !== last.id) expect(await runAction(approveStorySpec, { storyId: opened.data.id, revisionNumber: 2 }, reviewer)).toMatchObject({ ok: true, data: { status: "approved" } });
    }
    // A stale save is refused, not merged.
    const lastStory = (await storiesOfTopic(topicId, "de")).find((story) => story.universeId === last.id)!;
    expect(await runAction(saveStorySpec, { storyId: lastStory.id, expectedHead: 1, title: "Alt", teaser: "Alt.", body: paragraph("Alt.") }, editor)).toMatchObject({ ok: false, error: expect.stringMatching(/^Jemand hat diese Geschichte inzwischen gespeichert/) });

    const held = await runAction(releaseTopicSpec, { topicId, locale: "de" }, editor);
    expect(held).toMatchObject({ ok: false, error: expect.stringMatching(/^Das Thema geht nur als Ganzes online/) });
    expect((await listReleasedTopics("de")).some((entry) => entry.id === topicId)).toBe(false);

    // The writer cannot approve their own story; a reviewer can, and then the topic goes out.
    expect(await runAction(approveStorySpec, { storyId: lastStory.id, revisionNumber: 2 }, editor)).toMatchObject({ ok: false });
    expect(await runAction(approveStorySpec, { storyId: lastStory.id, revisionNumber: 2 }, reviewer)).toMatchObject({ ok: true });
    expect(await runAction(releaseTopicSpec, { topicId, locale: "de" }, reviewer)).toMatchObject({ ok: false, error: "Dafür fehlt dir die Berechtigung." });
    expect(await runAction(releaseTopicSpec, { topicId, locale: "de" }, editor)).toMatchObject({ ok: true, data: { released: all.length } });
    const released = (await listReleasedTopics("de")).find((entry) => entry.id === topicId);
    expect(released?.stories).toHaveLength(all.length);
    expect(released?.stories.every((story) => story.teaser === "Ein Satz, der nach uns klingt.")).toBe(true);

    // A released story that is changed stays public on its released text until released again.
    expect(await runAction(saveStorySpec, { storyId: lastStory.id, expectedHead: 2, title: "Neu", teaser: "Ein neuer Satz.", body: paragraph("Neu.") }, editor)).toMatchObject({ ok: true, data: { head: 3 } });
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
      { universeId: first.id, locale: "de", content: content("Im Konsent", { teaser: "Wir entscheiden gemeinsam." }), personId: (await makePerson("Jana Ebert")).id },
    ]);
    const draft = await topics.create({ slug: unique("entwurf"), title: { de: "Noch nicht fertig" }, framing: { de: "…" } });
    const listed = await listReleasedTopics("de");
    expect(listed.find((topic) => topic.id === released.id)?.stories.map((story) => [story.title, story.teaser])).toEqual([["Im Konsent", "Wir entscheiden gemeinsam."]]);
    expect(listed.find((topic) => topic.id === released.id)?.stories[0]?.teller).toEqual({ name: "Jana Ebert", role: "Produktionsleiterin" });
    expect(listed.some((topic) => topic.id === draft.id)).toBe(false);
    expect((await listReleasedTopics("en")).some((topic) => topic.id === released.id)).toBe(false);
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
});
