/**
 * The review and release of work-universe stories: the interview's workflow (four eyes,
 * approval bound to a revision) for each story, and a topic's release as one once every
 * universe's story is approved.
 */
import "server-only";
import { z } from "zod";
import { actionSpec } from "@/lib/action";
import { cacheTags } from "@/lib/cache/tags";
import { plainText } from "@/lib/content/text";
import { ENTRY_GONE, UserFacingError, notFound } from "@/lib/errors";
import { localeField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";
import { audit } from "@/modules/audit";
import { getRevisionByNumber } from "@/modules/interviews";
import { listUniverses, storiesOfTopic, topicGate } from "@/modules/universes";
import { topics } from "@/modules/taxonomy";
import { REFUSALS } from "./messages";
import { moveStatus, readStoryWorkflowState } from "./queries/state";
import { begin, changeRequestReason, changesRequested, finish } from "./transition";

const id = z.string().min(1).max(64);
const universesTags = () => [cacheTags.universes];

const storyStep = (storyId: string, event: "submit" | "requestChanges" | "approve", context: Parameters<typeof finish>[1]) =>
  begin(readStoryWorkflowState(storyId, context.tx), event, context.user);

export const STORY_UNFINISHED = msg(
  "Zur Freigabe geht eine Geschichte erst mit ihrem Satz für den Selbsttest und ihrem Text. Bitte beides schreiben und speichern.",
  "A story goes to review only with its line for the self-check and its text. Please write both and save.",
);

/** Sends a story to review; an unwritten one (a new story has neither line nor text) is refused, so nothing empty can be released. */
export const submitStorySpec = actionSpec({
  name: "story.submit",
  input: z.object({ storyId: id }),
  permission: "interview.submit",
  run: async ({ storyId }, context) => {
    const step = await storyStep(storyId, "submit", context);
    const head = await getRevisionByNumber({ storyId }, step.state.item.headRevision, context.tx);
    if (!head?.teaser.trim() || !plainText(head.body)) throw new UserFacingError(STORY_UNFINISHED);
    return finish(step, context, { kind: "submit", audit: "story.submit", notify: "submitted" });
  },
});

export const requestStoryChangesSpec = actionSpec({
  name: "story.requestChanges",
  input: z.object({
    storyId: id,
    message: changeRequestReason,
  }),
  permission: "interview.review",
  run: async ({ storyId, message }, context) =>
    finish(await storyStep(storyId, "requestChanges", context), context, changesRequested("story.request_changes", message)),
});

export const approveStorySpec = actionSpec({
  name: "story.approve",
  input: z.object({ storyId: id, revisionNumber: z.number().int().min(1) }),
  permission: "interview.approve",
  run: async ({ storyId, revisionNumber }, context) => {
    const step = await storyStep(storyId, "approve", context);
    if (step.state.item.headRevision !== revisionNumber) throw new UserFacingError(REFUSALS.changed);
    return finish(step, context, { kind: "approve", audit: "story.approve", notify: "approved" });
  },
});

export const HELD_BACK = msg(
  "Das Thema geht nur als Ganzes online: Noch nicht jede Arbeitswelt hat eine freigegebene Geschichte.",
  "The topic goes online only as a whole: not every work universe has an approved story yet.",
);

/**
 * Releases a topic in a language as one: only when the gate lets it (every universe's story
 * approved), all approved stories go public together, each on exactly its approved revision.
 */
export const releaseTopicSpec = actionSpec({
  name: "topic.release",
  input: z.object({ topicId: id, locale: localeField }),
  permission: "interview.publish",
  run: async ({ topicId, locale }, { user, tx }) => {
    const topic = await topics.getById(topicId, tx);
    if (!topic) throw notFound(ENTRY_GONE);
    const [all, stories] = await Promise.all([listUniverses(tx), storiesOfTopic(topicId, locale, tx)]);
    const gate = topicGate(
      all.map((universe) => universe.id),
      stories.map((story) => ({ universeId: story.universeId, status: story.status, head: story.headRevision, publishedNumber: story.publishedNumber })),
    );
    if (!gate.ready) throw new UserFacingError(HELD_BACK);
    for (const story of stories.filter((entry) => gate.toRelease.includes(entry.universeId))) {
      const head = await getRevisionByNumber({ storyId: story.id }, story.headRevision, tx);
      const moved =
        head &&
        (await moveStatus({ storyId: story.id }, { from: "approved", to: "published", head: story.headRevision }, { publishedRevisionId: head.id }, tx));
      if (!moved) throw new UserFacingError(REFUSALS.changed);
    }
    await topics.update(topicId, { publishedAt: topic.publishedAt ?? new Date() }, tx);
    await audit(
      { actorUserId: user.id, action: "topic.release", entityType: "topic", entityId: topicId, details: { locale, stories: gate.toRelease.length } },
      tx,
    );
    return { released: gate.toRelease.length };
  },
  revalidates: universesTags,
});
