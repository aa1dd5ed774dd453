"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Owner, WorkflowView } from "@/modules/workflow";
import { formatDateTime } from "@/lib/dates";

/** Where the interview or story stands: its state, whether and until when it is live, and what a reviewer asked for. */
export function WorkflowState({ target, view, timeZone }: { target: Owner; view: WorkflowView; timeZone: string }) {
  const t = useTranslations("studio.workflow");
  const states = useTranslations("studio.interviews.states");
  const locale = useLocale();
  const at = (iso: string) => formatDateTime(new Date(iso), locale, timeZone);
  return (
    <>
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
    </>
  );
}
