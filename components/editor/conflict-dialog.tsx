"use client";

import { useLocale, useTranslations } from "next-intl";
import { Modal } from "@/components/studio/modal";
import { formatTime } from "@/lib/dates";

/**
 * Someone else saved first. The writer chooses: put their own version on top, or load the
 * newer one; either way both stay in the history, and the dialog says so.
 */
export function ConflictDialog({
  by,
  at,
  timeZone,
  onChoose,
}: {
  by: string | null;
  at: string;
  timeZone: string;
  onChoose: (choice: "mine" | "theirs") => void;
}) {
  const t = useTranslations("studio.editor.conflictDialog");
  const locale = useLocale();
  const time = formatTime(new Date(at), locale, timeZone);
  return (
    <Modal title={t("title")} dismissable={false} onClose={() => undefined}>
      <p>{by ? t("textBy", { name: by, time }) : t("text", { time })}</p>
      <p className="muted">{t("nothingLost")}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onChoose("mine")}>
          {t("keepMine")}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onChoose("theirs")}>
          {t("loadTheirs")}
        </button>
      </div>
    </Modal>
  );
}
