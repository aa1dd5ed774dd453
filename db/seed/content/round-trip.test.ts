import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { contentExtensions } from "@/lib/content/extensions";
import { forEditor } from "@/lib/content/normalize";
import { parseDoc } from "@/lib/content/schema";
import { interviews } from "./interviews";
import { mistakesStories, stories, storiesEn } from "./universes";

const schema = getSchema(contentExtensions());
const roundTrip = (doc: unknown) => Node.fromJSON(schema, doc).toJSON() as unknown;

describe("the demo texts in the editor's document model", () => {
  it("holds every demo text unchanged, and what it gives back passes the content schema", () => {
    const docs = [
      ...interviews.map((seed) => seed.body),
      ...[stories, storiesEn, mistakesStories.de, mistakesStories.en].flatMap((told) => Object.values(told).map((story) => story.body)),
    ];
    expect(docs.length).toBeGreaterThan(10);
    for (const doc of docs) {
      const back = roundTrip(forEditor(doc));
      expect(() => Node.fromJSON(schema, back).check()).not.toThrow();
      expect(back).toEqual(forEditor(doc));
      expect(parseDoc(back)).toMatchObject({ ok: true });
    }
  });
});
