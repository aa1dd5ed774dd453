/**
 * One step of the review workflow for any item (an interview or a story): read the facts in
 * the action's transaction, ask the state machine, move the state only if nobody else did
 * meanwhile, record the review event and the audit entry, and tell whom it concerns.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import type { Executor } from "@/db/executor";
import { addReviewEvent } from "./queries/review-events";
import { getRevisionByNumber } from "@/modules/interviews";
import type { User } from "@/modules/accounts";
import { moveStatus, type Owner, type WorkflowItem, type WorkflowState } from "./queries/state";
import type { ContentStatus, NotificationKind, ReviewEventKind } from "@/db/schema/types";
import type { Defer } from "@/lib/action";
import { UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { decide, type WorkflowEvent, type WorkflowFacts } from "@/lib/workflow/machine";
import { REFUSALS } from "./messages";
import { notify } from "./notify";

/** A reviewer's reason for requesting changes: required, so the writer knows what to do. */
export const changeRequestReason = z
  .string()
  .trim()
  .min(1, msg("Bitte schreib dazu, was sich ändern soll.", "Please say what should change."))
  .max(2000, msg("Höchstens 2000 Zeichen, bitte.", "At most 2000 characters, please."));

/** What requesting changes records: the reason as a review event, and the authors are told. */
export const changesRequested = (audit: string, message: string) => ({ kind: "request_changes", message, audit, notify: "changes_requested" }) as const;

export function factsOf(state: WorkflowState<WorkflowItem>): WorkflowFacts {
  return {
    status: state.item.status,
    head: state.item.headRevision,
    publishedNumber: state.published?.number ?? null,
    approvedNumber: state.approvedNumber,
    authors: state.authors,
  };
}

export type Step<I extends WorkflowItem> = { state: WorkflowState<I>; to: ContentStatus };
export type Context = { user: User; tx: Executor; defer: Defer };

/** Asks the machine whether `user` may fire `event` on the item read, and where it leads (or refuses). */
export async function begin<I extends WorkflowItem>(read: Promise<WorkflowState<I> | null>, event: WorkflowEvent, user: User): Promise<Step<I>> {
  const state = await read;
  if (!state) throw notFound(REFUSALS.gone);
  const decision = decide(event, factsOf(state), user);
  if (!decision.ok) throw new UserFacingError(REFUSALS[decision.reason]);
  return { state, to: decision.to };
}

const ownerColumns = (owner: Owner) => ("interviewId" in owner ? { interviewId: owner.interviewId } : { storyId: owner.storyId });

export async function finish<I extends WorkflowItem>(
  { state, to }: Step<I>,
  { user, tx, defer }: Context,
  record: {
    kind?: ReviewEventKind;
    message?: string | null;
    audit: string;
    details?: Record<string, string | number | boolean | null>;
    notify?: NotificationKind;
  },
  patch: Parameters<typeof moveStatus>[2] = {},
) {
  const { item, owner } = state;
  const moved = await moveStatus(owner, { from: item.status, to, head: item.headRevision }, patch, tx);
  if (!moved) throw new UserFacingError(REFUSALS.changed);
  if (record.kind) {
    await addReviewEvent(
      { ...ownerColumns(owner), kind: record.kind, revisionNumber: item.headRevision, actorUserId: user.id, message: record.message ?? null },
      tx,
    );
  }
  const entityType = "interviewId" in owner ? "interview" : "story";
  await audit(
    {
      actorUserId: user.id,
      action: record.audit,
      entityType,
      entityId: item.id,
      details: { from: item.status, to, revision: item.headRevision, ...record.details },
    },
    tx,
  );
  if (record.notify) {
    const head = await getRevisionByNumber(owner, item.headRevision, tx);
    await notify({ kind: record.notify, owner, title: head?.title ?? "", actor: { userId: user.id, name: user.name }, message: record.message }, tx, defer);
  }
  return { status: to, head: item.headRevision };
}
