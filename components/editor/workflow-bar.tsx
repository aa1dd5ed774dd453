"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { approve, archive, publish, requestChanges, revertToPublished, submitForReview, unpublish } from "@/app/studio/actions/workflow";
import { FormError, TextAreaField } from "@/components/studio/field";
import { Modal } from "@/components/studio/modal";
import type { ContentStatus } from "@/db/schema/types";
import type { ActionResult } from "@/lib/action";
import type { CheckResult } from "@/lib/workflow/checklist";
import type { WorkflowEvent } from "@/lib/workflow/machine";

export type WorkflowView = {
  status: ContentStatus;
  live: boolean;
  /** A live interview whose newest revision is not the published one. */
  pendingChanges: boolean;
  events: WorkflowEvent[];
  checks: CheckResult[];
  isAdmin: boolean;
  /** The reviewer's reason, when changes were requested. */
  request: string | null;
};

/** A dialog's answer buttons: the step itself, and cancel. */
function DialogActions({ confirm, cancel, disabled, onConfirm, onCancel }: { confirm: string; cancel: string; disabled: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="button" className="button" disabled={disabled} onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

type Dialog = "requestChanges" | "publish" | "unpublish" | "revertToPublished" | "archive" | null;

/**
 * Where the interview stands and what this user may do next: exactly the events the state
 * machine allows them (computed on the server). Nothing runs while there are unsaved
 * changes, so what is reviewed or published is what the writer sees.
 */
export function WorkflowBar({ interviewId, head, view, saved }: { interviewId: string; head: number; view: WorkflowView; saved: boolean }) {
  const t = useTranslations("studio.workflow");
  const states = useTranslations("studio.interviews.states");
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [override, setOverride] = useState("");
  const [pending, start] = useTransition();

  function run(action: () => Promise<ActionResult<unknown>>, reload = false) {
    setError(null);
    setFieldError(null);
    start(async () => {
      const result = await action();
      if (!result.ok) {
        const field = Object.values(result.fieldErrors ?? {})[0]?.[0] ?? null;
        setFieldError(field);
        if (!field || !dialog) setError(field ?? result.error);
        return;
      }
      setDialog(null);
      setReason("");
      setOverride("");
      if (reload) window.location.reload();
      else router.refresh();
    });
  }

  const blocking = view.checks.filter((check) => check.blocking && !check.ok && !(check.key === "consent" && override.trim()));
  const consentMissing = view.checks.some((check) => check.key === "consent" && !check.ok);
  const button = (event: WorkflowEvent, onClick: () => void, primary = false) =>
    view.events.includes(event) ? (
      <button key={event} type="button" className={primary ? "button button-small" : "button button-small button-secondary"} disabled={pending || !saved} onClick={onClick}>
        {t(`events.${event}`)}
      </button>
    ) : null;

  return (
    <div className="workflow-bar">
      <p className="workflow-state" role="group" aria-label={t("stateLabel")}>
        <span className={`badge badge-${view.status}`}>{states(view.status)}</span>
        {view.live ? <span className="badge badge-live">{view.pendingChanges ? t("liveWithChanges") : t("live")}</span> : null}
      </p>
      {view.request && view.status === "changes_requested" ? (
        <p className="workflow-request" role="note">
          <strong>{t("requested")}</strong> {view.request}
        </p>
      ) : null}
      <div className="workflow-actions">
        {button("submit", () => run(() => submitForReview({ interviewId })), true)}
        {button("approve", () => run(() => approve({ interviewId, revisionNumber: head })), true)}
        {button("requestChanges", () => setDialog("requestChanges"))}
        {button("publish", () => setDialog("publish"), true)}
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
            errors={fieldError ? [fieldError] : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          <DialogActions confirm={t("requestSend")} cancel={t("cancel")} disabled={pending} onConfirm={() => run(() => requestChanges({ interviewId, message: reason }))} onCancel={() => setDialog(null)} />
        </Modal>
      ) : null}

      {dialog === "publish" ? (
        <Modal title={t("publishTitle")} onClose={() => setDialog(null)}>
          <ul role="list" className="checklist" aria-label={t("checklist")}>
            {view.checks.map((check) => (
              <li key={check.key} className={check.ok ? "check-ok" : check.blocking ? "check-block" : "check-warn"}>
                <span className="visually-hidden">{check.ok ? t("checkOk") : check.blocking ? t("checkBlock") : t("checkWarn")}: </span>
                {t(`checks.${check.key}`)}
              </li>
            ))}
          </ul>
          {consentMissing && view.isAdmin ? (
            <TextAreaField
              id="override-reason"
              name="overrideReason"
              label={t("overrideLabel")}
              hint={t("overrideHint")}
              rows={2}
              maxLength={500}
              value={override}
              onChange={(event) => setOverride(event.target.value)}
            />
          ) : null}
          <FormError message={fieldError ?? error} />
          <DialogActions
            confirm={t("publishNow")}
            cancel={t("cancel")}
            disabled={pending || blocking.length > 0}
            onConfirm={() => run(() => publish({ interviewId, overrideReason: override }))}
            onCancel={() => setDialog(null)}
          />
        </Modal>
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
