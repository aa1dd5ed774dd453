"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import {
  approveStory,
  requestStoryChanges,
  submitStory,
  approve,
  archive,
  publish,
  requestChanges,
  revertToPublished,
  schedule,
  submitForReview,
  unpublish,
  unschedule,
} from "@/modules/workflow/actions";
import { FormError } from "@/components/studio/field";
import type { Owner, WorkflowView } from "@/modules/workflow";
import type { ActionResult } from "@/lib/action";
import type { WorkflowEvent } from "@/lib/workflow/machine";
import { PublishDialog, type PublishRequest } from "./publish-dialog";
import { useWorkflowRun } from "./use-workflow-run";
import { ConfirmDialog, RequestChangesDialog, type ConfirmStep } from "./workflow-dialogs";
import { WorkflowState } from "./workflow-state";

type Dialog = "requestChanges" | "publish" | ConfirmStep | null;

type Result = Promise<ActionResult<unknown>>;

/** The review steps of an interview or a story; publishing steps exist for interviews only. */
function reviewSteps(target: Owner, head: number): { submit: () => Result; approve: () => Result; requestChanges: (message: string) => Result } {
  if ("storyId" in target) {
    const { storyId } = target;
    return {
      submit: () => submitStory({ storyId }),
      approve: () => approveStory({ storyId, revisionNumber: head }),
      requestChanges: (message) => requestStoryChanges({ storyId, message }),
    };
  }
  const { interviewId } = target;
  return {
    submit: () => submitForReview({ interviewId }),
    approve: () => approve({ interviewId, revisionNumber: head }),
    requestChanges: (message) => requestChanges({ interviewId, message }),
  };
}

/** One step's button, shown only when the state machine offers this user that step. */
function StepButton({
  event,
  events,
  disabled,
  primary = false,
  onClick,
}: {
  event: WorkflowEvent;
  events: WorkflowEvent[];
  disabled: boolean;
  primary?: boolean;
  onClick: () => void;
}) {
  const t = useTranslations("studio.workflow");
  if (!events.includes(event)) return null;
  return (
    <button type="button" className={primary ? "button button-small" : "button button-small button-secondary"} disabled={disabled} onClick={onClick}>
      {t(`events.${event}`)}
    </button>
  );
}

/**
 * Where the interview or story stands and what this user may do next: exactly the events
 * the state machine allows them (computed on the server). Nothing runs while there are
 * unsaved changes, so what is reviewed or published is what the writer sees.
 */
export function WorkflowBar({ target, head, view, saved, timeZone }: { target: Owner; head: number; view: WorkflowView; saved: boolean; timeZone: string }) {
  const t = useTranslations("studio.workflow");
  const locale = useLocale();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState("");
  const { run, pending, error, fieldErrors } = useWorkflowRun(dialog !== null, () => {
    setDialog(null);
    setReason("");
  });
  const steps = reviewSteps(target, head);
  // A story offers no publishing events (its topic is released as a whole), so these never run for one.
  const interviewId = "interviewId" in target ? target.interviewId : "";
  const close = () => setDialog(null);

  function publishAs(request: PublishRequest) {
    const { overrideReason, unpublishAt } = request;
    run(() =>
      request.when === "later"
        ? schedule({ interviewId, overrideReason, unpublishAt, publishAt: request.publishAt })
        : publish({ interviewId, overrideReason, unpublishAt }),
    );
  }

  const confirmed: Record<ConfirmStep, () => void> = {
    unpublish: () => run(() => unpublish({ interviewId })),
    archive: () => run(() => archive({ interviewId })),
    revertToPublished: () => run(() => revertToPublished({ interviewId }), true),
  };

  // No step starts while another runs or while changes are unsaved.
  const stepButton = { events: view.events, disabled: pending || !saved };

  return (
    <div className="workflow-bar">
      <WorkflowState target={target} view={view} timeZone={timeZone} />
      <div className="workflow-actions">
        <StepButton event="submit" primary {...stepButton} onClick={() => run(steps.submit)} />
        <StepButton event="approve" primary {...stepButton} onClick={() => run(steps.approve)} />
        <StepButton event="requestChanges" {...stepButton} onClick={() => setDialog("requestChanges")} />
        <StepButton event="publish" primary {...stepButton} onClick={() => setDialog("publish")} />
        <StepButton event="unschedule" {...stepButton} onClick={() => run(() => unschedule({ interviewId }))} />
        <StepButton event="revertToPublished" {...stepButton} onClick={() => setDialog("revertToPublished")} />
        <StepButton event="unpublish" {...stepButton} onClick={() => setDialog("unpublish")} />
        <StepButton event="archive" {...stepButton} onClick={() => setDialog("archive")} />
        {!saved && view.events.length ? <span className="muted workflow-hint">{t("saveFirst")}</span> : null}
      </div>
      <FormError message={error} />

      {dialog === "requestChanges" ? (
        <RequestChangesDialog
          reason={reason}
          errors={fieldErrors.message}
          pending={pending}
          onReason={setReason}
          onSend={() => run(() => steps.requestChanges(reason))}
          onClose={close}
        />
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
          onClose={close}
        />
      ) : null}

      {dialog === "unpublish" || dialog === "revertToPublished" || dialog === "archive" ? (
        <ConfirmDialog step={dialog} pending={pending} onConfirm={confirmed[dialog]} onClose={close} />
      ) : null}
    </div>
  );
}
