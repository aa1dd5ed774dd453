/**
 * Saving in the interview editor: every save appends an immutable revision on top of the
 * head the editor started from (optimistic concurrency), so two people never silently
 * overwrite each other. A conflict is an answer, not an error: the editor shows it and lets
 * the writer keep their version or take the newer one, and nothing is lost either way.
 */
import "server-only";
import { z } from "zod";
import { getAsset } from "@/modules/media";
import { audit } from "@/modules/audit";
import type { Executor } from "@/db/executor";
import { getInterview, isSlugAvailable, setInterviewStatus, updateInterview, type Interview } from "./queries/interviews";
import { getPerson } from "@/modules/people";
import { appendRevision, coalesceAutosaves, getRevisionByNumber, pickContent, sameContent } from "./queries/revisions";
import { listTranslations } from "./queries/studio-list";
import { seriesTable } from "@/modules/taxonomy";
import { getUserById, type User } from "@/modules/accounts";
import { actionSpec } from "@/lib/action";
import { interviewChangeTags } from "@/lib/cache/tags";
import { UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import type { ContentStatus } from "@/db/schema/types";
import { statusAfterEdit } from "@/lib/workflow/machine";
import { contentFields, metaFields } from "./fields";

export const INTERVIEW_GONE = msg("Dieses Interview gibt es nicht mehr.", "This interview no longer exists.");
export const SLUG_TAKEN = msg(
  "Diese Adresse hat schon ein anderes Interview in dieser Sprache. Bitte wähle eine andere.",
  "Another interview in this language already has this address. Please choose another one.",
);
export const PERSON_GONE = msg("Diese Person gibt es nicht mehr. Bitte wähle eine andere.", "This person no longer exists. Please choose another one.");
export const SERIES_GONE = msg("Diese Reihe gibt es nicht mehr. Bitte wähle eine andere.", "This series no longer exists. Please choose another one.");
const IMAGE_GONE = msg("Dieses Bild gibt es nicht mehr. Bitte lade es noch einmal hoch.", "This image no longer exists. Please upload it again.");
export const LOCALE_FIXED = msg(
  "Die Sprache eines veröffentlichten Interviews bleibt. Lege stattdessen eine Übersetzung an.",
  "A published interview keeps its language. Start a translation instead.",
);
const LOCALE_TAKEN = msg("In dieser Sprache gibt es schon eine Fassung dieses Interviews.", "This interview already has a version in this language.");

const draftInput = z.object({
  interviewId: z.string().min(1).max(64),
  expectedHead: z.number().int().min(0),
  kind: z.enum(["autosave", "save"]),
  ...contentFields,
  ...metaFields,
});
type DraftInput = z.infer<typeof draftInput>;

export type SaveOutcome =
  | { status: "saved"; head: number; savedAt: string; publicChanged: boolean; workflow: ContentStatus }
  | { status: "conflict"; head: number; by: string | null; at: string };

function metaChanged(interview: Interview, input: DraftInput): boolean {
  return interview.slug !== input.slug || interview.personId !== input.personId || interview.seriesId !== input.seriesId || interview.locale !== input.locale;
}

/** The settings beside the text must point at things that exist, and the address must be free. */
async function checkReferences(interview: Interview, input: DraftInput, tx: Executor): Promise<void> {
  if (input.locale !== interview.locale) {
    if (interview.publishedAt) throw new UserFacingError(LOCALE_FIXED, "locale");
    if ((await listTranslations(interview, tx)).some((other) => other.locale === input.locale)) throw new UserFacingError(LOCALE_TAKEN, "locale");
  }
  if (!(await isSlugAvailable(input.locale, input.slug, interview.id, tx))) throw new UserFacingError(SLUG_TAKEN, "slug");
  if (!(await getPerson(input.personId, tx))) throw new UserFacingError(PERSON_GONE, "personId");
  if (input.seriesId && !(await seriesTable.getById(input.seriesId, tx))) throw new UserFacingError(SERIES_GONE, "seriesId");
  if (input.socialImageAssetId && !(await getAsset(input.socialImageAssetId, tx))) throw new UserFacingError(IMAGE_GONE, "socialImageAssetId");
}

/**
 * Appends `input` as a revision on `expectedHead`. When the head moved on but says exactly
 * what the writer started from (someone restored it, or took the newer version after a
 * conflict), that is not news to them, and the save goes on top.
 */
async function write(interview: Interview, input: DraftInput, { applyMeta }: { applyMeta: boolean }, user: User, tx: Executor): Promise<SaveOutcome> {
  const { kind, expectedHead } = input;
  const owner = { interviewId: interview.id };
  const content = pickContent(input);
  const head = await getRevisionByNumber(owner, interview.headRevision, tx);
  const changed = applyMeta && metaChanged(interview, input);
  // Nothing new (an explicit save of an autosaved state still records a kept revision).
  if (head && expectedHead === head.number && !changed && sameContent(head, content) && !(kind === "save" && head.kind === "autosave")) {
    return { status: "saved", head: head.number, savedAt: head.createdAt.toISOString(), publicChanged: false, workflow: interview.status };
  }
  let base = expectedHead;
  if (head && expectedHead !== head.number) {
    const started = await getRevisionByNumber(owner, expectedHead, tx);
    if (!started || !sameContent(started, head)) {
      const author = head.authorId ? await getUserById(head.authorId, tx) : null;
      return { status: "conflict", head: head.number, by: author?.name ?? null, at: head.createdAt.toISOString() };
    }
    base = head.number;
  }
  const appended = await appendRevision(owner, base, content, { kind, authorId: user.id }, tx);
  if (!appended.ok) {
    // A save that committed between our read and our write: the head check caught it.
    const current = await getRevisionByNumber(owner, appended.head, tx);
    return { status: "conflict", head: appended.head, by: null, at: (current?.createdAt ?? new Date()).toISOString() };
  }
  await coalesceAutosaves(owner, appended.revision, tx);
  // An approval belongs to the revision it saw: changes after it need a new one.
  const status = statusAfterEdit(interview.status);
  if (status !== interview.status) await setInterviewStatus(interview.id, status, tx);
  if (changed) await updateInterview(interview.id, { slug: input.slug, personId: input.personId, seriesId: input.seriesId, locale: input.locale }, tx);
  return {
    status: "saved",
    head: appended.revision.number,
    savedAt: appended.revision.createdAt.toISOString(),
    // A published interview shows its address, person and series at once; its text only once published.
    publicChanged: changed && interview.publishedRevisionId !== null,
    workflow: status,
  };
}

async function loadChecked(input: DraftInput, tx: Executor): Promise<Interview> {
  const interview = await getInterview(input.interviewId, tx);
  if (!interview) throw notFound(INTERVIEW_GONE);
  await checkReferences(interview, input, tx);
  return interview;
}

const publicTags = (input: { interviewId: string }, outcome: SaveOutcome) =>
  outcome.status === "saved" && outcome.publicChanged ? interviewChangeTags(input.interviewId) : [];

/** Autosave and explicit save of the editor. */
export const saveDraftSpec = actionSpec({
  name: "interviews.saveDraft",
  input: draftInput,
  permission: "interview.edit",
  run: async (input, { user, tx }) => write(await loadChecked(input, tx), input, { applyMeta: true }, user, tx),
  revalidates: publicTags,
});

/**
 * After a conflict: "mine" puts the writer's version on top of the newer one; "theirs" keeps
 * the writer's version in the history and then makes the newer one the head again, so the
 * editor can load it. Either way both versions stay in the history.
 */
export const resolveConflictSpec = actionSpec({
  name: "interviews.resolveConflict",
  input: draftInput.omit({ kind: true, expectedHead: true }).extend({ choice: z.enum(["mine", "theirs"]), theirHead: z.number().int().min(1) }),
  permission: "interview.edit",
  run: async (input, { user, tx }) => {
    const draft = { ...input, kind: "save" as const, expectedHead: input.theirHead };
    const interview = await loadChecked(draft, tx);
    // Taking theirs keeps their settings (address, person, series); only the text is kept of mine.
    const mine = await write(interview, draft, { applyMeta: input.choice === "mine" }, user, tx);
    if (mine.status === "conflict" || input.choice === "mine") return mine;
    const theirs = await getRevisionByNumber({ interviewId: interview.id }, input.theirHead, tx);
    if (!theirs) throw notFound(INTERVIEW_GONE);
    const restored = await appendRevision({ interviewId: interview.id }, mine.head, pickContent(theirs), { kind: "save", authorId: user.id }, tx);
    if (!restored.ok) throw new Error("The head moved inside one transaction");
    return { ...mine, head: restored.revision.number, savedAt: restored.revision.createdAt.toISOString() };
  },
  revalidates: publicTags,
});

export const RESTORE_CONFLICT = msg(
  "Inzwischen hat jemand weitergeschrieben. Bitte lade die Seite neu und stelle die Fassung dann wieder her.",
  "Someone has saved in the meantime. Please reload the page, then restore the version.",
);

/** Makes an earlier revision the newest again (as a new revision; history is never rewritten). */
export const restoreRevisionSpec = actionSpec({
  name: "interviews.restoreRevision",
  input: z.object({ interviewId: z.string().min(1).max(64), number: z.number().int().min(1), expectedHead: z.number().int().min(1) }),
  permission: "interview.edit",
  run: async ({ interviewId, number, expectedHead }, { user, tx }) => {
    const owner = { interviewId };
    const source = await getRevisionByNumber(owner, number, tx);
    if (!source) throw notFound(msg("Diese Fassung gibt es nicht (mehr).", "This version no longer exists."));
    const appended = await appendRevision(owner, expectedHead, pickContent(source), { kind: "save", authorId: user.id }, tx);
    if (!appended.ok) throw new UserFacingError(RESTORE_CONFLICT);
    await audit(
      {
        actorUserId: user.id,
        action: "interview.restore",
        entityType: "interview",
        entityId: interviewId,
        details: { from: number, to: appended.revision.number },
      },
      tx,
    );
    return { head: appended.revision.number };
  },
});
