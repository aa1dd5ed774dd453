"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { approve, archive, publish, requestChanges, revertToPublished, submitForReview, unpublish } from "@/app/studio/actions/workflow";
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
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}

      {dialog === "requestChanges" ? (
        <Modal title={t("requestTitle")} onClose={() => setDialog(null)}>
          <div className="field">
            <label htmlFor="request-reason">{t("requestLabel")}</label>
            <textarea
              id="request-reason"
              rows={4}
              maxLength={2000}
              value={reason}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "request-reason-error" : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {fieldError ? (
              <p className="field-error" id="request-reason-error">
                {fieldError}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <button type="button" className="button" disabled={pending} onClick={() => run(() => requestChanges({ interviewId, message: reason }))}>
              {t("requestSend")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </button>
          </div>
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
            <div className="field">
              <label htmlFor="override-reason">{t("overrideLabel")}</label>
              <p className="field-hint" id="override-hint">
                {t("overrideHint")}
              </p>
              <textarea id="override-reason" rows={2} maxLength={500} aria-describedby="override-hint" value={override} onChange={(event) => setOverride(event.target.value)} />
            </div>
          ) : null}
          {fieldError || error ? (
            <p className="form-error" role="alert">
              {fieldError ?? error}
            </p>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={pending || blocking.length > 0}
              onClick={() => run(() => publish({ interviewId, overrideReason: override }))}
            >
              {t("publishNow")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </button>
          </div>
        </Modal>
      ) : null}

      {dialog === "unpublish" || dialog === "revertToPublished" || dialog === "archive" ? (
        <Modal title={t(`confirm.${dialog}.title`)} onClose={() => setDialog(null)}>
          <p>{t(`confirm.${dialog}.text`)}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() =>
                dialog === "unpublish"
                  ? run(() => unpublish({ interviewId }))
                  : dialog === "archive"
                    ? run(() => archive({ interviewId }))
                    : run(() => revertToPublished({ interviewId }), true)
              }
            >
              {t(`confirm.${dialog}.yes`)}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
