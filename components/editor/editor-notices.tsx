"use client";

import { useTranslations } from "next-intl";
import type { SaveStatus } from "./draft-types";

/** What stands above the text: a browser copy to take back, why the text cannot be saved, or that it can only be read. */
export function EditorNotices({
  offered,
  status,
  editable,
  onRestore,
  onDiscard,
}: {
  /** A browser copy that differs from the server's text was found on opening. */
  offered: boolean;
  status: SaveStatus;
  editable: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("studio.editor");
  return (
    <>
      {offered ? (
        <div className="editor-offer" role="alert">
          <p>{t("offer.text")}</p>
          <button type="button" className="button button-small" onClick={onRestore}>
            {t("offer.restore")}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={onDiscard}>
            {t("offer.discard")}
          </button>
        </div>
      ) : null}
      {status.kind === "invalid" ? (
        <div className="form-error" role="alert">
          <p>{status.message}</p>
          {status.fieldErrors.body ? <p>{status.fieldErrors.body.join(" ")}</p> : null}
        </div>
      ) : null}
      {!editable ? <p className="form-notice">{t("readOnly")}</p> : null}
    </>
  );
}
