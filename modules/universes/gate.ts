import type { ContentStatus } from "@/db/schema/types";

/**
 * The completeness gate: a topic goes public only as a whole. In a language, it can be
 * released when every universe has a story there and every story is approved (or published
 * with nothing pending). Anything else holds it back, and the studio says which.
 */
export type GateStory = { universeId: string; status: ContentStatus; head: number; publishedNumber: number | null };
export type Holdback = { universeId: string; reason: "missing" | ContentStatus };
export type Gate = { ready: boolean; holdbacks: Holdback[]; toRelease: string[] };

const settled = (story: GateStory) =>
  story.status === "approved" || (story.publishedNumber !== null && story.publishedNumber === story.head && story.status === "published");

export function topicGate(universeIds: string[], stories: GateStory[]): Gate {
  const byUniverse = new Map(stories.map((story) => [story.universeId, story]));
  const holdbacks: Holdback[] = [];
  for (const universeId of universeIds) {
    const story = byUniverse.get(universeId);
    if (!story) holdbacks.push({ universeId, reason: "missing" });
    // A published story with unsubmitted changes is a draft again as far as the gate goes.
    else if (!settled(story)) holdbacks.push({ universeId, reason: story.status === "published" ? "draft" : story.status });
  }
  const toRelease = universeIds.filter((universeId) => byUniverse.get(universeId)?.status === "approved");
  return { ready: universeIds.length > 0 && holdbacks.length === 0 && toRelease.length > 0, holdbacks, toRelease };
}
