/**
 * The workflow's actions on interviews: each reads the facts in its transaction, asks the
 * state machine, moves the state only if nobody else did meanwhile, records the review
 * event and the audit entry, and says which public pages changed.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/db/queries/audit";
import type { Executor } from "@/db/queries/executor";
import { OFFLINE, publishRevision } from "@/db/queries/interviews";
import { getPerson } from "@/db/queries/people";
import { addReviewEvent } from "@/db/queries/review-events";
import { appendRevision, getRevisionByNumber, pickContent } from "@/db/queries/revisions";
import { hasConsent, moveStatus, readWorkflowState, type WorkflowState } from "@/db/queries/workflow";
import type { ContentStatus, ReviewEventKind } from "@/db/schema/types";
import type { User } from "@/db/queries/users";
import { actionSpec } from "@/lib/action";
import { interviewChangeTags } from "@/lib/cache/tags";
import { UserFacingError } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { blockers, checklist, type CheckKey } from "./checklist";
import { decide, type WorkflowEvent, type WorkflowFacts } from "./machine";
import { REFUSALS } from "./messages";

const id = z.string().min(1).max(64);

export function factsOf(state: WorkflowState): WorkflowFacts {
  return {
    status: state.interview.status,
    head: state.interview.headRevision,
    publishedNumber: state.published?.number ?? null,
    approvedNumber: state.approvedNumber,
    authors: state.authors,
  };
}

/** Reads the interview, asks the machine, and returns where the event leads (or refuses). */
async function begin(interviewId: string, event: WorkflowEvent, user: User, tx: Executor) {
  const state = await readWorkflowState(interviewId, tx);
  if (!state) throw new UserFacingError(REFUSALS.gone);
  const decision = decide(event, factsOf(state), user);
  if (!decision.ok) throw new UserFacingError(REFUSALS[decision.reason]);
  return { state, to: decision.to };
}

async function finish(
  { state, to }: { state: WorkflowState; to: ContentStatus },
  user: User,
  tx: Executor,
  record: { kind?: ReviewEventKind; message?: string | null; audit: string; details?: Record<string, string | number | boolean | null> },
  patch: Parameters<typeof moveStatus>[2] = {},
) {
  const { interview } = state;
  const moved = await moveStatus(interview.id, { from: interview.status, to, head: interview.headRevision }, patch, tx);
  if (!moved) throw new UserFacingError(REFUSALS.changed);
  if (record.kind) {
    await addReviewEvent({ interviewId: interview.id, kind: record.kind, revisionNumber: interview.headRevision, actorUserId: user.id, message: record.message ?? null }, tx);
  }
  await audit({ actorUserId: user.id, action: record.audit, entityType: "interview", entityId: interview.id, details: { from: interview.status, to, revision: interview.headRevision, ...record.details } }, tx);
  return { status: to, head: interview.headRevision };
}

const publicTags = (input: { interviewId: string }) => interviewChangeTags(input.interviewId);

export const submitSpec = actionSpec({
  name: "workflow.submit",
  input: z.object({ interviewId: id, message: z.string().trim().max(2000).optional() }),
  permission: "interview.submit",
  run: async ({ interviewId, message }, { user, tx }) => finish(await begin(interviewId, "submit", user, tx), user, tx, { kind: "submit", message, audit: "interview.submit" }),
});

export const requestChangesSpec = actionSpec({
  name: "workflow.requestChanges",
  input: z.object({
    interviewId: id,
    message: z
      .string()
      .trim()
      .min(1, msg("Bitte schreib dazu, was sich ändern soll.", "Please say what should change."))
      .max(2000, msg("Höchstens 2000 Zeichen, bitte.", "At most 2000 characters, please.")),
  }),
  permission: "interview.review",
  run: async ({ interviewId, message }, { user, tx }) =>
    finish(await begin(interviewId, "requestChanges", user, tx), user, tx, { kind: "request_changes", message, audit: "interview.request_changes" }),
});

/** Approves the revision the reviewer looked at; if it changed meanwhile, they look again. */
export const approveSpec = actionSpec({
  name: "workflow.approve",
  input: z.object({ interviewId: id, revisionNumber: z.number().int().min(1) }),
  permission: "interview.approve",
  run: async ({ interviewId, revisionNumber }, { user, tx }) => {
    const step = await begin(interviewId, "approve", user, tx);
    if (step.state.interview.headRevision !== revisionNumber) throw new UserFacingError(REFUSALS.changed);
    return finish(step, user, tx, { kind: "approve", audit: "interview.approve" });
  },
});

/** What publishing the newest revision would check, for the studio's checklist and for publishing itself. */
export async function publishChecks(state: WorkflowState, tx?: Executor) {
  const { interview } = state;
  const head = await getRevisionByNumber({ interviewId: interview.id }, interview.headRevision, tx);
  const person = await getPerson(interview.personId, tx);
  if (!head || !person) throw new UserFacingError(REFUSALS.gone);
  return checklist({
    title: head.title,
    teaser: head.teaser,
    body: head.body,
    seoDescription: head.seoDescription,
    ctaUrl: head.ctaUrl,
    portrait: { present: person.portraitAssetId !== null, alt: person.portraitAlt?.de ?? null },
    consent: await hasConsent(interview.id, interview.headRevision, tx),
  });
}

const CONSENT_OVERRIDE_FOR_ADMINS = msg(
  "Ohne Einwilligung der Person kann nur die Administration veröffentlichen, mit einer Begründung.",
  "Without the person's consent only an admin can publish, with a reason.",
);

/**
 * Publishes the approved revision now. The checklist must pass; missing consent only an
 * admin can override, with a written reason that goes to the audit log.
 */
export const publishSpec = actionSpec({
  name: "workflow.publish",
  input: z.object({
    interviewId: id,
    overrideReason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((value) => value || null),
  }),
  permission: "interview.publish",
  run: async ({ interviewId, overrideReason }, { user, tx }) => {
    const step = await begin(interviewId, "publish", user, tx);
    if (overrideReason && user.role !== "admin") throw new UserFacingError(CONSENT_OVERRIDE_FOR_ADMINS, "overrideReason");
    const missing = blockers(await publishChecks(step.state, tx), { consentOverridden: Boolean(overrideReason) });
    if (missing.length) throw new UserFacingError(checksMessage(missing));
    const { interview } = step.state;
    const head = await getRevisionByNumber({ interviewId }, interview.headRevision, tx);
    const result = await finish(step, user, tx, { audit: "interview.publish", details: { consentOverride: overrideReason } });
    // Publishing sets the public revision and the first publication date (kept on republishing).
    await publishRevision(interviewId, head!.id, new Date(), tx);
    return result;
  },
  revalidates: publicTags,
});

export const unpublishSpec = actionSpec({
  name: "workflow.unpublish",
  input: z.object({ interviewId: id }),
  permission: "interview.publish",
  run: async ({ interviewId }, { user, tx }) => finish(await begin(interviewId, "unpublish", user, tx), user, tx, { audit: "interview.unpublish" }, OFFLINE),
  revalidates: publicTags,
});

/** Drops the pending changes: the published text becomes the newest revision again. */
export const revertToPublishedSpec = actionSpec({
  name: "workflow.revertToPublished",
  input: z.object({ interviewId: id }),
  permission: "interview.edit",
  run: async ({ interviewId }, { user, tx }) => {
    const step = await begin(interviewId, "revertToPublished", user, tx);
    const { interview, published } = step.state;
    const copy = await appendRevision({ interviewId }, interview.headRevision, pickContent(published!), { kind: "save", authorId: user.id }, tx);
    if (!copy.ok) throw new UserFacingError(REFUSALS.changed);
    // The copy is the newest now; the state moves on the new head.
    const moved = await moveStatus(interviewId, { from: interview.status, to: step.to, head: copy.revision.number }, {}, tx);
    if (!moved) throw new UserFacingError(REFUSALS.changed);
    await audit({ actorUserId: user.id, action: "interview.revert", entityType: "interview", entityId: interviewId, details: { to: copy.revision.number } }, tx);
    return { status: step.to, head: copy.revision.number };
  },
});

export const archiveSpec = actionSpec({
  name: "workflow.archive",
  input: z.object({ interviewId: id }),
  permission: "interview.publish",
  run: async ({ interviewId }, { user, tx }) => finish(await begin(interviewId, "archive", user, tx), user, tx, { audit: "interview.archive" }, OFFLINE),
});

function checksMessage(keys: CheckKey[]): string {
  const de = keys.map((key) => REFUSALS.checks[key].de).join(" ");
  const en = keys.map((key) => REFUSALS.checks[key].en).join(" ");
  return msg(`Noch nicht bereit: ${de}`, `Not ready yet: ${en}`);
}
