import { cache } from "react";
import { cachedReleasedTopics, cachedUniverses } from "@/modules/public-site";
import type { UniverseWithImage } from "@/modules/universes";

/**
 * The universes and the released topics of a locale, read once per request and shared by
 * the overview, the universe, topic and self-check pages. Stories come in the universes' order.
 */
export const loadUniverses = cache(async (locale: string) => {
  const [universes, topics] = await Promise.all([cachedUniverses(), cachedReleasedTopics(locale)]);
  const byId = new Map(universes.map((universe) => [universe.id, universe]));
  const order = new Map(universes.map((universe, index) => [universe.id, index]));
  const sorted = topics.map((topic) => ({
    ...topic,
    stories: [...topic.stories].sort((a, b) => (order.get(a.universeId) ?? 0) - (order.get(b.universeId) ?? 0)),
  }));
  return {
    universes,
    universeOf: (id: string): UniverseWithImage | undefined => byId.get(id),
    topics: sorted,
    /** The interviews a universe's stories link, in the topics' order, each once. */
    interviewIdsOf: (universeId: string): string[] => [
      ...new Set(
        sorted.flatMap((topic) => topic.stories.flatMap((story) => (story.universeId === universeId && story.interviewId ? [story.interviewId] : []))),
      ),
    ],
  };
});
