import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { content, unique } from "@/test/factories";
import { topics, universes } from "./taxonomy";
import { createReleasedTopic, listReleasedTopics } from "./universes";

const universe = (position: number) =>
  universes.create({ slug: unique("welt"), name: { de: `Welt ${position}` }, description: { de: "Beschreibung" }, color: "#2f6f5e", position });

describe(`work universes for the public (${database().dialect})`, () => {
  it("lists released topics with each universe's published story in the reader's language, and nothing unreleased", async () => {
    const [first, second] = [await universe(1), await universe(2)];
    const released = await createReleasedTopic({ slug: unique("thema"), title: { de: "Wie wir entscheiden" }, framing: { de: "Wer hat das letzte Wort?" } }, [
      { universeId: first.id, locale: "de", content: content("Im Konsent", { teaser: "Wir entscheiden gemeinsam." }) },
      { universeId: second.id, locale: "de", content: content("In der Leitungsrunde", { teaser: "Die Leitung entscheidet." }) },
    ]);
    const draft = await topics.create({ slug: unique("entwurf"), title: { de: "Noch nicht fertig" }, framing: { de: "…" } });

    const listed = await listReleasedTopics("de");
    const mine = listed.find((topic) => topic.id === released.id);
    expect(mine?.stories.map((story) => [story.title, story.teaser])).toEqual(
      expect.arrayContaining([
        ["Im Konsent", "Wir entscheiden gemeinsam."],
        ["In der Leitungsrunde", "Die Leitung entscheidet."],
      ]),
    );
    expect(listed.some((topic) => topic.id === draft.id)).toBe(false);
    expect((await listReleasedTopics("en")).some((topic) => topic.id === released.id)).toBe(false);
  });
});
