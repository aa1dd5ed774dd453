/**
 * Comments in review: on the whole interview or anchored to one question-and-answer block,
 * answered in threads. Studio users comment signed in; holders of a preview link comment
 * under a name they give.
 */
import "server-only";
import { z } from "zod";
import type { Executor } from "@/db/executor";
import { getInterview, getRevisionByNumber } from "@/modules/interviews";
import { addReviewEvent, getReviewEvent, listComments, type CommentRow } from "./queries/review-events";
import { getStory } from "@/modules/universes";
import type { Owner } from "./queries/state";
import { actionSpec, type Defer, type LinkActionSpec } from "@/lib/action";
import { optionalId } from "@/lib/forms/fields";
import { questionsOf } from "@/lib/content/text";
import { UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { REFUSALS } from "./messages";
import { notify } from "./notify";
import { findPreviewLink, PREVIEW_LINK_UNUSABLE } from "./preview-links";
import { threadsOf } from "./threads";

export const COMMENT_GONE = {
  anchor: msg("Diese Frage gibt es in der neuesten Fassung nicht mehr.", "This question is no longer in the newest version."),
  parent: msg("Auf diesen Kommentar lässt sich nicht antworten.", "This comment cannot be answered."),
};

const commentFields = {
  message: z
    .string()
    .trim()
    .min(1, msg("Bitte schreib deinen Kommentar.", "Please write your comment."))
    .max(4000, msg("Höchstens 4000 Zeichen, bitte.", "At most 4000 characters, please.")),
  anchorBlockId: optionalId,
  parentId: optionalId,
};

type CommentInput = { message: string; anchorBlockId: string | null; parentId: string | null };

type Commented = { owner: Owner; id: string; headRevision: number };

/** Stores a comment and tells the writers; a reply joins its thread's first comment and shares its anchor. */
async function placeComment(
  item: Commented,
  input: CommentInput,
  by: { actorUserId: string; name: string } | { actorName: string },
  tx: Executor,
  defer: Defer,
) {
  let { anchorBlockId, parentId } = input;
  const { owner } = item;
  const head = await getRevisionByNumber(owner, item.headRevision, tx);
  if (parentId) {
    const parent = await getReviewEvent(parentId, tx);
    const sameOwner = parent && ("interviewId" in owner ? parent.interviewId === owner.interviewId : parent.storyId === owner.storyId);
    if (!parent || !sameOwner || parent.kind !== "comment") throw notFound(COMMENT_GONE.parent);
    parentId = parent.parentId ?? parent.id;
    anchorBlockId = parent.anchorBlockId;
  } else if (anchorBlockId && !(head && questionsOf(head.body).some((question) => question.id === anchorBlockId))) {
    throw new UserFacingError(COMMENT_GONE.anchor, "anchorBlockId");
  }
  const author = "actorUserId" in by ? { actorUserId: by.actorUserId } : { actorName: by.actorName };
  const comment = await addReviewEvent(
    { ...owner, kind: "comment", revisionNumber: item.headRevision, message: input.message, anchorBlockId, parentId, ...author },
    tx,
  );
  const actor = "actorUserId" in by ? { userId: by.actorUserId, name: by.name } : { userId: null, name: by.actorName };
  await notify({ kind: "comment", owner, title: head?.title ?? "", actor, message: input.message }, tx, defer);
  return { id: comment.id, ownerId: item.id };
}

export const addCommentSpec = actionSpec({
  name: "review.comment",
  input: z.object({ interviewId: z.string().min(1).max(64), ...commentFields }),
  // Everyone who may read an interview in the studio may say something about it.
  permission: "interview.read",
  run: async ({ interviewId, ...input }, { user, tx, defer }) => {
    const interview = await getInterview(interviewId, tx);
    if (!interview) throw notFound(REFUSALS.gone);
    return placeComment(
      { owner: { interviewId }, id: interview.id, headRevision: interview.headRevision },
      input,
      { actorUserId: user.id, name: user.name },
      tx,
      defer,
    );
  },
});

export const addStoryCommentSpec = actionSpec({
  name: "review.storyComment",
  input: z.object({ storyId: z.string().min(1).max(64), ...commentFields }),
  permission: "interview.read",
  run: async ({ storyId, ...input }, { user, tx, defer }) => {
    const story = await getStory(storyId, tx);
    if (!story) throw notFound(REFUSALS.gone);
    return placeComment({ owner: { storyId }, id: story.id, headRevision: story.headRevision }, input, { actorUserId: user.id, name: user.name }, tx, defer);
  },
});

type GuestComment = CommentInput & { token: string; name: string };

export const guestCommentSpec: LinkActionSpec<z.ZodType<GuestComment>, { id: string; ownerId: string }> = {
  name: "review.guestComment",
  input: z.object({
    token: z.string().max(64),
    name: z
      .string()
      .trim()
      .min(1, msg("Bitte sag uns deinen Namen.", "Please tell us your name."))
      .max(80, msg("Höchstens 80 Zeichen, bitte.", "At most 80 characters, please.")),
    ...commentFields,
  }),
  run: async ({ token, name, ...input }, { tx, defer }) => {
    const found = await findPreviewLink(token, new Date(), tx);
    if (!found) throw notFound(PREVIEW_LINK_UNUSABLE);
    const item: Commented = found.interview
      ? { owner: { interviewId: found.interview.id }, id: found.interview.id, headRevision: found.interview.headRevision }
      : { owner: { storyId: found.story.id }, id: found.story.id, headRevision: found.story.headRevision };
    return placeComment(item, input, { actorName: name }, tx, defer);
  },
};

/** An interview's or a story's comments as threads, ready for the client (dates as ISO strings). */
export async function commentThreads(owner: Owner) {
  const serialize = ({ id, message, who, guest, createdAt, anchorBlockId }: CommentRow) => ({
    id,
    message,
    who,
    guest,
    anchorBlockId,
    createdAt: createdAt.toISOString(),
  });
  return threadsOf(await listComments(owner)).map(({ root, replies }) => ({ root: serialize(root), replies: replies.map(serialize) }));
}
