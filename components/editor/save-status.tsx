"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/dates";
import type { SaveStatus } from "./draft-types";

/** One line that always says where the text is: saving, saved at, kept offline, or what stops it. */
export function SaveStatusLine({ status, notice, timeZone }: { status: SaveStatus; notice: string | null; timeZone: string }) {
  const t = useTranslations("studio.editor.status");
  const locale = useLocale();
  const text = (() => {
    switch (status.kind) {
      case "saved":
        return t("saved", { time: formatTime(new Date(status.at), locale, timeZone) });
      case "pending":
        return t("pending");
      case "saving":
        return t("saving");
      case "offline":
        return t("offline");
      case "invalid":
        return t("invalid");
      case "conflict":
        return t("conflict");
    }
  })();
  const problem = status.kind === "offline" || status.kind === "invalid" || status.kind === "conflict";
  return (
    <p className={problem ? "save-status save-status-problem" : "save-status"} role="status" data-state={status.kind}>
      {text}
      {notice ? <span className="save-status-notice"> · {notice}</span> : null}
    </p>
  );
}
