/**
 * The studio's work on work universes: universes and topics (localized), and a story per
 * topic × universe × language written like an interview (same revisions). Their review and
 * a topic's release live in modules/workflow/story-specs.ts.
 */
import "server-only";
import { z } from "zod";
import { actionSpec } from "@/lib/action";
import { cacheTags } from "@/lib/cache/tags";
import { ENTRY_GONE, UserFacingError, notFound } from "@/lib/errors";
import { bilingualText, localeField, optionalId, optionalSlug, requiredText, SLUG_TAKEN } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";
import { bothLanguages, localized } from "@/lib/i18n/localized";
import { slugFor } from "@/lib/slugs";
import { statusAfterEdit } from "@/lib/workflow/machine";
import { audit } from "@/modules/audit";
import { appendRevision, bodyField } from "@/modules/interviews";
import { assertImageExists } from "@/modules/media";
import { topics, universes } from "@/modules/taxonomy";
import { createStory, getStory, updateStory } from "./queries/stories";
import { removeStoryHolder, storyCounts, storiesOfTopic } from "./queries/universes";
import { UNIVERSE_ICONS } from "./icons";

const id = z.string().min(1).max(64);
/** Addresses the public pages use beside a universe's own. */
const RESERVED = new Set(["themen", "topics", "selbsttest", "self-check"]);
const universesTags = () => [cacheTags.universes];

type Tx = Parameters<typeof universes.getBySlug>[1];

async function freeSlug(table: typeof universes | typeof topics, wanted: string, ownId: string | null, tx: Tx) {
  const holder = await table.getBySlug(wanted, tx);
  if ((holder && holder.id !== ownId) || RESERVED.has(wanted)) throw new UserFacingError(SLUG_TAKEN, "slug");
  return wanted;
}

/** Creates or updates a universe or a topic, audited; an entry deleted meanwhile is said so. */
async function upsert(kind: "universe" | "topic", id: string | null, values: { slug: string }, actorUserId: string, tx: Tx) {
  const table = kind === "universe" ? universes : topics;
  const row = id ? await table.update(id, values as never, tx) : await table.create(values as never, tx);
  if (!row) throw notFound(ENTRY_GONE);
  await audit({ actorUserId, action: `${kind}.${id ? "update" : "create"}`, entityType: kind, entityId: row.id, details: { slug: values.slug } }, tx);
  return { id: row.id };
}

export const saveUniverseSpec = actionSpec({
  name: "universe.save",
  input: z.object({
    id: optionalId,
    ...bilingualText("name", { de: "Der Name", en: "The name" }, 80),
    ...bilingualText("description", { de: "Die Beschreibung", en: "The description" }, 400),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, msg("Bitte eine Farbe wählen.", "Please choose a colour.")),
    icon: z
      .union([z.literal(""), z.enum(UNIVERSE_ICONS)], msg("Bitte eines der angebotenen Symbole wählen.", "Please choose one of the offered icons."))
      .optional()
      .transform((value) => value || null),
    imageAssetId: optionalId,
    position: z.coerce.number().int().min(0).max(999),
    slug: optionalSlug,
  }),
  permission: "taxonomy.manage",
  run: async (input, { user, tx }) => {
    await assertImageExists(input.imageAssetId, "imageAssetId", tx);
    const values = {
      slug: await freeSlug(universes, input.slug || slugFor(input.nameDe), input.id, tx),
      name: bothLanguages(input.nameDe, input.nameEn),
      description: bothLanguages(input.descriptionDe, input.descriptionEn),
      color: input.color.toLowerCase(),
      icon: input.icon,
      imageAssetId: input.imageAssetId,
      position: input.position,
    };
    return upsert("universe", input.id, values, user.id, tx);
  },
  revalidates: universesTags,
});

export const saveTopicSpec = actionSpec({
  name: "topic.save",
  input: z.object({
    id: optionalId,
    ...bilingualText("title", { de: "Der Titel", en: "The title" }, 120),
    ...bilingualText("framing", { de: "Die Leitfrage", en: "The framing question" }, 300),
    ...bilingualText("closing", { de: "Der Schlusssatz", en: "The closing line" }, 300, false),
    position: z.coerce.number().int().min(0).max(999),
    slug: optionalSlug,
  }),
  permission: "taxonomy.manage",
  run: async (input, { user, tx }) => {
    const closing = bothLanguages(input.closingDe, input.closingEn);
    const values = {
      slug: await freeSlug(topics, input.slug || slugFor(input.titleDe), input.id, tx),
      title: bothLanguages(input.titleDe, input.titleEn),
      framing: bothLanguages(input.framingDe, input.framingEn),
      closingLine: Object.keys(closing).length ? closing : null,
      position: input.position,
    };
    return upsert("topic", input.id, values, user.id, tx);
  },
  revalidates: universesTags,
});

const holder = z.object({ kind: z.enum(["universe", "topic"]), id });

/**
 * Archives a universe or a topic, or brings it back: archived, it leaves the public site,
 * the matrix and the completeness gate, and keeps its stories for a later return.
 */
export const archiveUniverseOrTopicSpec = actionSpec({
  name: "universe.archive",
  input: holder.extend({ archived: z.boolean() }),
  permission: "taxonomy.manage",
  run: async ({ kind, id: entryId, archived }, { user, tx }) => {
    const table = kind === "universe" ? universes : topics;
    const row = await table.update(entryId, { archivedAt: archived ? new Date() : null }, tx);
    if (!row) throw notFound(ENTRY_GONE);
    await audit(
      { actorUserId: user.id, action: `${kind}.${archived ? "archive" : "restore"}`, entityType: kind, entityId: entryId, details: { slug: row.slug } },
      tx,
    );
    return { archived };
  },
  revalidates: universesTags,
});

export const RELEASED = {
  universe: msg(
    "Diese Arbeitswelt erzählt Themen, die schon online waren. Archiviere sie stattdessen: Sie verschwindet von der Website, und ihre Geschichten bleiben erhalten.",
    "This work universe tells topics that have been online. Archive it instead: it leaves the site and its stories are kept.",
  ),
  topic: msg(
    "Dieses Thema war schon online. Archiviere es stattdessen: Es verschwindet von der Website, und seine Geschichten bleiben erhalten.",
    "This topic has been online. Archive it instead: it leaves the site and its stories are kept.",
  ),
};

/** Deletes a universe or a topic that never went public, with its unreleased stories. */
export const deleteUniverseOrTopicSpec = actionSpec({
  name: "universe.delete",
  input: holder,
  permission: "taxonomy.manage",
  run: async ({ kind, id: entryId }, { user, tx }) => {
    if ((await storyCounts(kind, entryId, tx)).released > 0) throw new UserFacingError(RELEASED[kind]);
    if (!(await removeStoryHolder(kind, entryId, tx))) throw notFound(ENTRY_GONE);
    await audit({ actorUserId: user.id, action: `${kind}.delete`, entityType: kind, entityId: entryId, details: {} }, tx);
    return { deleted: true };
  },
  revalidates: universesTags,
});

/** Opens the story of a topic told by a universe in a language, creating it on first use. */
export const openStorySpec = actionSpec({
  name: "story.open",
  input: z.object({ topicId: id, universeId: id, locale: localeField }),
  permission: "interview.edit",
  run: async ({ topicId, universeId, locale }, { user, tx }) => {
    const existing = (await storiesOfTopic(topicId, locale, tx)).find((story) => story.universeId === universeId);
    if (existing) return { id: existing.id };
    const [topic, universe] = [await topics.getById(topicId, tx), await universes.getById(universeId, tx)];
    if (!topic || !universe) throw notFound(ENTRY_GONE);
    const title = `${localized(topic.title, locale)}: ${localized(universe.name, locale)}`;
    const empty = { type: "doc" as const, content: [] };
    const { story } = await createStory(
      { topicId, universeId, locale },
      { title, teaser: "", body: empty, seoTitle: null, seoDescription: null, ctaLabel: null, ctaUrl: null, socialImageAssetId: null },
      user.id,
      tx,
    );
    await audit({ actorUserId: user.id, action: "story.create", entityType: "story", entityId: story.id, details: { locale } }, tx);
    return { id: story.id };
  },
});

export const STORY_CHANGED = msg(
  "Jemand hat diese Geschichte inzwischen gespeichert. Bitte lade die Seite neu; deine Fassung steht noch im Formular.",
  "Someone saved this story in the meantime. Please reload the page; your version is still in the form.",
);

/** Saves a new revision of a story; an approved or sent-back story is a draft again. */
export const saveStorySpec = actionSpec({
  name: "story.save",
  input: z.object({
    storyId: id,
    expectedHead: z.number().int().min(0),
    title: requiredText({ de: "Der Titel", en: "The title" }, 200),
    teaser: requiredText({ de: "Der Satz für den Selbsttest", en: "The line for the self-check" }, 300),
    body: bodyField,
    personId: optionalId,
    interviewId: optionalId,
  }),
  permission: "interview.edit",
  run: async ({ storyId, expectedHead, title, teaser, body, personId, interviewId }, { user, tx }) => {
    const story = await getStory(storyId, tx);
    if (!story) throw notFound(ENTRY_GONE);
    const content = { title, teaser, body, seoTitle: null, seoDescription: null, ctaLabel: null, ctaUrl: null, socialImageAssetId: null };
    const appended = await appendRevision({ storyId }, expectedHead, content, { kind: "save", authorId: user.id }, tx);
    if (!appended.ok) throw new UserFacingError(STORY_CHANGED);
    await updateStory(storyId, { status: statusAfterEdit(story.status), personId, interviewId }, tx);
    return { head: appended.revision.number };
  },
  // Who tells a released story and the interview it links show at once; the text waits for the next release.
  revalidates: universesTags,
});
