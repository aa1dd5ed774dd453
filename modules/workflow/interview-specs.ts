/**
 * The workflow's actions on interviews: each reads the facts in its transaction, asks the
 * state machine, moves the state only if nobody else did meanwhile, records the review
 * event and the audit entry, and says which public pages changed.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import type { Executor } from "@/db/executor";
import { OFFLINE, publishRevision, isLive, appendRevision, getRevisionByNumber, pickContent } from "@/modules/interviews";
import { getPerson } from "@/modules/people";
import { getSettingsOrDefaults } from "@/modules/site";
import { hasConsent, moveStatus, readWorkflowState, type WorkflowState } from "./queries/state";
import type { Interview } from "@/modules/interviews";
import type { User } from "@/modules/accounts";
import { actionSpec } from "@/lib/action";
import { WALL_TIME_PATTERN, wallTimeToDate } from "@/lib/dates";
import { interviewChangeTags } from "@/lib/cache/tags";
import { UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { blockers, checklist, type CheckKey } from "./checklist";
import type { WorkflowEvent } from "@/lib/workflow/machine";
import { REFUSALS } from "./messages";
import { begin, changeRequestReason, changesRequested, finish } from "./transition";

const id = z.string().min(1).max(64);

/** Reads the interview in the action's transaction and asks the machine about `event`. */
const beginOn = (interviewId: string, event: WorkflowEvent, user: User, tx: Executor) => begin(readWorkflowState(interviewId, tx), event, user);

const publicTags = (input: { interviewId: string }) => interviewChangeTags(input.interviewId);

export const submitSpec = actionSpec({
  name: "workflow.submit",
  input: z.object({ interviewId: id, message: z.string().trim().max(2000).optional() }),
  permission: "interview.submit",
  run: async ({ interviewId, message }, context) =>
    finish(await beginOn(interviewId, "submit", context.user, context.tx), context, {
      kind: "submit",
      message,
      audit: "interview.submit",
      notify: "submitted",
    }),
});

export const requestChangesSpec = actionSpec({
  name: "workflow.requestChanges",
  input: z.object({
    interviewId: id,
    message: changeRequestReason,
  }),
  permission: "interview.review",
  run: async ({ interviewId, message }, context) =>
    finish(await beginOn(interviewId, "requestChanges", context.user, context.tx), context, changesRequested("interview.request_changes", message)),
});

/** Approves the revision the reviewer looked at; if it changed meanwhile, they look again. */
export const approveSpec = actionSpec({
  name: "workflow.approve",
  input: z.object({ interviewId: id, revisionNumber: z.number().int().min(1) }),
  permission: "interview.approve",
  run: async ({ interviewId, revisionNumber }, context) => {
    const step = await beginOn(interviewId, "approve", context.user, context.tx);
    if (step.state.item.headRevision !== revisionNumber) throw new UserFacingError(REFUSALS.changed);
    return finish(step, context, { kind: "approve", audit: "interview.approve", notify: "approved" });
  },
});

/** What publishing the newest revision would check, for the studio's checklist and for publishing itself. */
export async function publishChecks(state: WorkflowState<Interview>, tx?: Executor) {
  return (await checkedHead(state, tx)).checks;
}

/** The newest revision with the checklist it meets. */
async function checkedHead(state: WorkflowState<Interview>, tx?: Executor) {
  const { item: interview } = state;
  const head = await getRevisionByNumber({ interviewId: interview.id }, interview.headRevision, tx);
  const person = await getPerson(interview.personId, tx);
  if (!head || !person) throw notFound(REFUSALS.gone);
  const checks = checklist({
    title: head.title,
    teaser: head.teaser,
    body: head.body,
    seoDescription: head.seoDescription,
    ctaUrl: head.ctaUrl,
    portrait: { present: person.portraitAssetId !== null, alt: person.portraitAlt?.de ?? null },
    consent: await hasConsent(interview.id, interview.headRevision, tx),
  });
  return { head, checks };
}

export const CONSENT_OVERRIDE_FOR_ADMINS = msg(
  "Ohne Einwilligung der Person kann nur die Administration veröffentlichen, mit einer Begründung.",
  "Without the person's consent only an admin can publish, with a reason.",
);

export const SCHEDULE = {
  missing: msg("Bitte Datum und Uhrzeit angeben.", "Please give a date and time."),
  invalid: msg("Diese Uhrzeit gibt es an dem Tag nicht (Zeitumstellung).", "That time does not exist on that day (clock change)."),
  past: msg("Dieser Zeitpunkt liegt nicht in der Zukunft.", "That moment is not in the future."),
  order: msg("Offline gehen kann es erst nach dem Veröffentlichen.", "It can only go offline after it was published."),
  due: msg(
    "Die geplante Zeit ist schon da: das Interview ist online. Zum Zurückziehen bitte „Zurückziehen“.",
    "The planned time has come: the interview is online. Use “Unpublish” to take it down.",
  ),
};

const wallTime = z.string().regex(WALL_TIME_PATTERN, SCHEDULE.missing);
const optionalWallTime = z
  .union([z.literal(""), wallTime])
  .optional()
  .transform((value) => value || null);
const overrideReason = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => value || null);

/** A wall-clock time of the site's zone as a moment after `after`, or the reason at its field. */
function moment(value: string, field: string, timeZone: string, after: Date, tooEarly: string): Date {
  const date = wallTimeToDate(value, timeZone);
  if (!date) throw new UserFacingError(SCHEDULE.invalid, field);
  if (date <= after) throw new UserFacingError(tooEarly, field);
  return date;
}

/**
 * Everything publishing needs, now or at a set time: the checklist passes, and missing consent
 * only an admin overrides, with a written reason that goes to the audit log. Returns the
 * approved revision that will go live.
 */
async function readyToPublish(state: WorkflowState<Interview>, user: User, reason: string | null, tx: Executor) {
  if (reason && user.role !== "admin") throw new UserFacingError(CONSENT_OVERRIDE_FOR_ADMINS, "overrideReason");
  const { head, checks } = await checkedHead(state, tx);
  const missing = blockers(checks, { consentOverridden: Boolean(reason) });
  if (missing.length) throw new UserFacingError(checksMessage(missing));
  return head;
}

/** Publishes the approved revision now; optionally it goes offline again at a set time. */
export const publishSpec = actionSpec({
  name: "workflow.publish",
  input: z.object({ interviewId: id, overrideReason, unpublishAt: optionalWallTime }),
  permission: "interview.publish",
  run: async ({ interviewId, overrideReason, unpublishAt }, context) => {
    const { user, tx } = context;
    const step = await beginOn(interviewId, "publish", user, tx);
    const head = await readyToPublish(step.state, user, overrideReason, tx);
    const now = new Date();
    const until = unpublishAt ? moment(unpublishAt, "unpublishAt", (await getSettingsOrDefaults(tx)).timeZone, now, SCHEDULE.past) : null;
    const result = await finish(
      step,
      context,
      { audit: "interview.publish", details: { consentOverride: overrideReason, unpublishAt: until?.toISOString() ?? null } },
      { unpublishAt: until },
    );
    // Publishing sets the public revision and the first publication date (kept on republishing).
    await publishRevision(interviewId, head.id, now, tx);
    return result;
  },
  revalidates: publicTags,
});

/**
 * Publishes the approved revision at a set time of the site's zone (and optionally takes it
 * offline later). The public revision is set now; the visibility rule keeps it hidden until
 * the time comes, whether or not the scheduler has run yet (modules/workflow/scheduler.ts).
 */
export const scheduleSpec = actionSpec({
  name: "workflow.schedule",
  input: z.object({ interviewId: id, overrideReason, publishAt: wallTime, unpublishAt: optionalWallTime }),
  permission: "interview.publish",
  run: async ({ interviewId, overrideReason, publishAt, unpublishAt }, context) => {
    const { user, tx } = context;
    const step = await beginOn(interviewId, "schedule", user, tx);
    const head = await readyToPublish(step.state, user, overrideReason, tx);
    const { timeZone } = await getSettingsOrDefaults(tx);
    const from = moment(publishAt, "publishAt", timeZone, new Date(), SCHEDULE.past);
    const until = unpublishAt ? moment(unpublishAt, "unpublishAt", timeZone, from, SCHEDULE.order) : null;
    return finish(
      step,
      context,
      { audit: "interview.schedule", details: { consentOverride: overrideReason, publishAt: from.toISOString(), unpublishAt: until?.toISOString() ?? null } },
      { publishedRevisionId: head.id, publishAt: from, unpublishAt: until },
    );
  },
  // Cached lists and pages live until the next scheduled change; this one is new.
  revalidates: publicTags,
});

/** Calls off a planned publication before its time: the interview is approved again. */
export const unscheduleSpec = actionSpec({
  name: "workflow.unschedule",
  input: z.object({ interviewId: id }),
  permission: "interview.publish",
  run: async ({ interviewId }, context) => {
    const step = await beginOn(interviewId, "unschedule", context.user, context.tx);
    if (isLive(step.state.item)) throw new UserFacingError(SCHEDULE.due);
    return finish(step, context, { audit: "interview.unschedule" }, OFFLINE);
  },
  revalidates: publicTags,
});

export const unpublishSpec = actionSpec({
  name: "workflow.unpublish",
  input: z.object({ interviewId: id }),
  permission: "interview.publish",
  run: async ({ interviewId }, context) =>
    finish(await beginOn(interviewId, "unpublish", context.user, context.tx), context, { audit: "interview.unpublish" }, OFFLINE),
  revalidates: publicTags,
});

/** Drops the pending changes: the published text becomes the newest revision again. */
export const revertToPublishedSpec = actionSpec({
  name: "workflow.revertToPublished",
  input: z.object({ interviewId: id }),
  permission: "interview.edit",
  run: async ({ interviewId }, { user, tx }) => {
    const step = await beginOn(interviewId, "revertToPublished", user, tx);
    const { item: interview, published } = step.state;
    const copy = await appendRevision({ interviewId }, interview.headRevision, pickContent(published!), { kind: "save", authorId: user.id }, tx);
    if (!copy.ok) throw new UserFacingError(REFUSALS.changed);
    // The copy is the newest now; the state moves on the new head.
    const moved = await moveStatus({ interviewId }, { from: interview.status, to: step.to, head: copy.revision.number }, {}, tx);
    if (!moved) throw new UserFacingError(REFUSALS.changed);
    await audit(
      { actorUserId: user.id, action: "interview.revert", entityType: "interview", entityId: interviewId, details: { to: copy.revision.number } },
      tx,
    );
    return { status: step.to, head: copy.revision.number };
  },
});

export const archiveSpec = actionSpec({
  name: "workflow.archive",
  input: z.object({ interviewId: id }),
  permission: "interview.publish",
  run: async ({ interviewId }, context) =>
    finish(await beginOn(interviewId, "archive", context.user, context.tx), context, { audit: "interview.archive" }, OFFLINE),
});

function checksMessage(keys: CheckKey[]): string {
  const de = keys.map((key) => REFUSALS.checks[key].de).join(" ");
  const en = keys.map((key) => REFUSALS.checks[key].en).join(" ");
  return msg(`Noch nicht bereit: ${de}`, `Not ready yet: ${en}`);
}
