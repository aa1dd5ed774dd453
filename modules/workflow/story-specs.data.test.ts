import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { storiesAwaitingReview } from "./queries/inbox";
import { listNotifications } from "./queries/notifications";
import { listActivePreviewLinks } from "./queries/preview-links";
import { listComments } from "./queries/review-events";
import {
  createStory,
  updateStory,
  listReleasedTopics,
  listUniverses,
  storiesOfTopic,
  storyPreview,
  openStorySpec,
  saveStorySpec,
  saveTopicSpec,
  saveUniverseSpec,
  STORY_CHANGED,
} from "@/modules/universes";
import { topics, universes } from "@/modules/taxonomy";
import { content, makeUser, unique } from "@/test/factories";
import { runLinkAction } from "@/lib/action/link";
import { runAction } from "@/modules/accounts";
import { addStoryCommentSpec, guestCommentSpec } from "./comments";
import { findPreviewLink, issuePreviewLinkSpec, revokePreviewLinkSpec } from "./preview-links";
import { approveStorySpec, HELD_BACK, releaseTopicSpec, requestStoryChangesSpec, STORY_UNFINISHED, submitStorySpec } from "./story-specs";
import { SLUG_TAKEN } from "@/lib/forms/fields";
import { localize } from "@/lib/i18n/bilingual";

// The release gate counts every universe there is, so none may be created while a test counts it. Data test
// files run one after another (fileParallelism: false in vitest.config.ts), which is why the tests that create
// universes may sit in two files: review and release here, listing, archiving and deleting in
// universe-topics.data.test.ts.
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
});
