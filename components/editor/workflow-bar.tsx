"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { approveStory, requestStoryChanges, submitStory } from "@/app/studio/actions/universes";
import { approve, archive, publish, requestChanges, revertToPublished, schedule, submitForReview, unpublish, unschedule } from "@/app/studio/actions/workflow";
import { FormError, TextAreaField } from "@/components/studio/field";
import { DialogActions, Modal } from "@/components/studio/modal";
import type { Owner } from "@/db/queries/workflow";
import { formatDateTime } from "@/lib/dates";
import type { ActionResult } from "@/lib/action";
import type { WorkflowEvent } from "@/lib/workflow/machine";
import type { WorkflowView } from "@/lib/workflow/view";
import { PublishDialog, type PublishRequest } from "./publish-dialog";


type Dialog = "requestChanges" | "publish" | "unpublish" | "revertToPublished" | "archive" | null;

type Result = Promise<ActionResult<unknown>>;

/** The review steps of an interview or a story; publishing steps exist for interviews only. */
function reviewSteps(target: Owner, head: number): { submit: () => Result; approve: () => Result; requestChanges: (message: string) => Result } {
  if ("storyId" in target) {
    const { storyId } = target;
    return { submit: () => submitStory({ storyId }), approve: () => approveStory({ storyId, revisionNumber: head }), requestChanges: (message) => requestStoryChanges({ storyId, message }) };
  }
  const { interviewId } = target;
  return { submit: () => submitForReview({ interviewId }), approve: () => approve({ interviewId, revisionNumber: head }), requestChanges: (message) => requestChanges({ interviewId, message }) };
}

/**
 * Where the interview or story stands and what this user may do next: exactly the events
 * the state machine allows them (computed on the server). Nothing runs while there are
 * unsaved changes, so what is reviewed or published is what the writer sees.
 */
export function WorkflowBar({ target, head, view, saved, timeZone }: { target: Owner; head: number; view: WorkflowView; saved: boolean; timeZone: string }) {
  const t = useTranslations("studio.workflow");
  const states = useTranslations("studio.interviews.states");
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [reason, setReason] = useState("");
  const [pending, start] = useTransition();
  const locale = useLocale();
  const steps = reviewSteps(target, head);
  // A story offers no publishing events (its topic is released as a whole), so these never run for one.
  const interviewId = "interviewId" in target ? target.interviewId : "";

  function run(action: () => Promise<ActionResult<unknown>>, reload = false) {
    setError(null);
    setFieldErrors({});
    start(async () => {
      const result = await action();
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        setFieldErrors(fields);
        // A dialog shows field errors at their fields; the bar has no fields, so it says them.
        const first = Object.values(fields)[0]?.[0];
        if (!first || !dialog) setError(first ?? result.error);
        return;
      }
      setDialog(null);
      setReason("");
      if (reload) window.location.reload();
      else router.refresh();
    });
  }

  function publishAs(request: PublishRequest) {
    const { overrideReason, unpublishAt } = request;
    run(() => (request.when === "later" ? schedule({ interviewId, overrideReason, unpublishAt, publishAt: request.publishAt }) : publish({ interviewId, overrideReason, unpublishAt })));
  }

  const at = (iso: string) => formatDateTime(new Date(iso), locale, timeZone);
  const button = (event: WorkflowEvent, onClick: () => void, primary = false) =>
    view.events.includes(event) ? (
      <button key={event} type="button" className={primary ? "button button-small" : "button button-small button-secondary"} disabled={pending || !saved} onClick={onClick}>
        {t(`events.${event}`)}
      </button>
    ) : null;

  return (
    <div className="workflow-bar">
      <p className="workflow-state" role="group" aria-label={t("stateLabel", { kind: "storyId" in target ? "story" : "interview" })}>
        <span className={`badge badge-${view.status}`}>{states(view.status)}</span>
        {view.live ? <span className="badge badge-live">{view.pendingChanges ? t("liveWithChanges") : t("live")}</span> : null}
        {view.status === "scheduled" && view.publishAt ? <span className="workflow-when">{t("scheduledFor", { time: at(view.publishAt) })}</span> : null}
        {view.overdue ? <span className="badge badge-warning">{t("overdue")}</span> : null}
        {view.unpublishAt ? <span className="workflow-when">{t("liveUntil", { time: at(view.unpublishAt) })}</span> : null}
      </p>
      {view.request && view.status === "changes_requested" ? (
        <p className="workflow-request" role="note">
          <strong>{t("requested")}</strong> {view.request}
        </p>
      ) : null}
      <div className="workflow-actions">
        {button("submit", () => run(steps.submit), true)}
        {button("approve", () => run(steps.approve), true)}
        {button("requestChanges", () => setDialog("requestChanges"))}
        {button("publish", () => setDialog("publish"), true)}
        {button("unschedule", () => run(() => unschedule({ interviewId })))}
        {button("revertToPublished", () => setDialog("revertToPublished"))}
        {button("unpublish", () => setDialog("unpublish"))}
        {button("archive", () => setDialog("archive"))}
        {!saved && view.events.length ? <span className="muted workflow-hint">{t("saveFirst")}</span> : null}
      </div>
      <FormError message={error} />

      {dialog === "requestChanges" ? (
        <Modal title={t("requestTitle")} onClose={() => setDialog(null)}>
          <TextAreaField
            id="request-reason"
            name="message"
            label={t("requestLabel")}
            rows={4}
            maxLength={2000}
            value={reason}
            errors={fieldErrors.message}
            onChange={(event) => setReason(event.target.value)}
          />
          <DialogActions confirm={t("requestSend")} cancel={t("cancel")} disabled={pending} onConfirm={() => run(() => steps.requestChanges(reason))} onCancel={() => setDialog(null)} />
        </Modal>
      ) : null}

      {dialog === "publish" ? (
        <PublishDialog
          checks={view.checks}
          isAdmin={view.isAdmin}
          canSchedule={view.events.includes("schedule")}
          timeZone={timeZone}
          locale={locale}
          pending={pending}
          error={error}
          fieldErrors={fieldErrors}
          onPublish={publishAs}
          onClose={() => setDialog(null)}
        />
      ) : null}

      {dialog === "unpublish" || dialog === "revertToPublished" || dialog === "archive" ? (
        <Modal title={t(`confirm.${dialog}.title`)} onClose={() => setDialog(null)}>
          <p>{t(`confirm.${dialog}.text`)}</p>
          <DialogActions
            confirm={t(`confirm.${dialog}.yes`)}
            cancel={t("cancel")}
            disabled={pending}
            onConfirm={() =>
              dialog === "unpublish"
                ? run(() => unpublish({ interviewId }))
                : dialog === "archive"
                  ? run(() => archive({ interviewId }))
                  : run(() => revertToPublished({ interviewId }), true)
            }
            onCancel={() => setDialog(null)}
          />
        </Modal>
      ) : null}
    </div>
  );
}
