"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/studio/field";
import { DialogActions, Modal } from "@/components/studio/modal";

/** The steps that are only asked about before they run. */
export type ConfirmStep = "unpublish" | "revertToPublished" | "archive";

/** A reviewer asks for changes, with the reason the writer will read. */
export function RequestChangesDialog({
  reason,
  errors,
  pending,
  onReason,
  onSend,
  onClose,
}: {
  reason: string;
  errors: string[] | undefined;
  pending: boolean;
  onReason: (reason: string) => void;
  onSend: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("studio.workflow");
  return (
    <Modal title={t("requestTitle")} onClose={onClose}>
      <TextAreaField
        id="request-reason"
        name="message"
        label={t("requestLabel")}
        rows={4}
        maxLength={2000}
        value={reason}
        errors={errors}
        onChange={(event) => onReason(event.target.value)}
      />
      <DialogActions confirm={t("requestSend")} cancel={t("cancel")} disabled={pending} onConfirm={onSend} onCancel={onClose} />
    </Modal>
  );
}

/** Asks before a step is taken: what it does, and yes or cancel. */
export function ConfirmDialog({ step, pending, onConfirm, onClose }: { step: ConfirmStep; pending: boolean; onConfirm: () => void; onClose: () => void }) {
  const t = useTranslations("studio.workflow");
  return (
    <Modal title={t(`confirm.${step}.title`)} onClose={onClose}>
      <p>{t(`confirm.${step}.text`)}</p>
      <DialogActions confirm={t(`confirm.${step}.yes`)} cancel={t("cancel")} disabled={pending} onConfirm={onConfirm} onCancel={onClose} />
    </Modal>
  );
}
