"use client";

import type { Editor } from "@tiptap/core";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SaveStatus } from "./draft-types";
import { ImportButton } from "./import-button";
import { SaveStatusLine } from "./save-status";

/** The line above the interview: back to the list, where the text stands, import, review, versions and save. */
export function EditorBar({
  interviewId,
  editable,
  editor,
  status,
  notice,
  timeZone,
  onNotice,
  onSave,
}: {
  interviewId: string;
  editable: boolean;
  /** The text editor, once it is ready (the import adds to it). */
  editor: Editor | null;
  status: SaveStatus;
  notice: string | null;
  timeZone: string;
  onNotice: (notice: string | null) => void;
  onSave: () => void;
}) {
  const t = useTranslations("studio.editor");
  return (
    <div className="editor-bar">
      <Link href="/studio/interviews" className="editor-back">
        {t("back")}
      </Link>
      <SaveStatusLine status={status} notice={notice} timeZone={timeZone} />
      <div className="editor-bar-actions">
        {editable && editor ? <ImportButton editor={editor} onNotice={onNotice} /> : null}
        <Link href={`/studio/interviews/${interviewId}/review`} className="button button-small button-secondary">
          {t("review")}
        </Link>
        <Link href={`/studio/interviews/${interviewId}/revisions`} className="button button-small button-secondary">
          {t("revisions")}
        </Link>
        {editable ? (
          <button type="button" className="button button-small" aria-keyshortcuts="Control+S" disabled={status.kind === "saving"} onClick={onSave}>
            {t("save")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
