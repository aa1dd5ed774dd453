"use client";

import type { Editor } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { forEditor } from "@/lib/content/normalize";
import type { ContentStatus } from "@/db/schema/types";
import { BankQuestionDialog } from "./bank-question-dialog";
import { ConflictDialog } from "./conflict-dialog";
import { EditorBar } from "./editor-bar";
import { EditorMain } from "./editor-main";
import { EditorNotices } from "./editor-notices";
import { EditorSide } from "./editor-side";
import type { InterviewEditorProps } from "./interview-editor-props";
import { useDraft } from "./use-draft";
import { WorkflowBar } from "./workflow-bar";

export type { InterviewEditorProps };

/**
 * The interview editor: title, teaser and text in the middle, settings or a live preview
 * beside it, and one status line. Saving is automatic (use-draft.ts); Ctrl+S saves at once
 * and keeps that state in the history.
 */
export function InterviewEditor(props: InterviewEditorProps) {
  const { interviewId, editable } = props;
  const router = useRouter();
  const workflowStatus = props.workflow.status;
  // A save that moved the workflow (an approved text edited is a draft again) refreshes what the bar offers.
  const onSaved = useCallback(
    (workflow: ContentStatus) => {
      if (workflow !== workflowStatus) router.refresh();
    },
    [router, workflowStatus],
  );
  const draft = useDraft({ interviewId, head: props.head, values: props.values, savedAt: props.savedAt, enabled: editable, onSaved });
  const { values, status, update } = draft;
  const [editor, setEditor] = useState<Editor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);

  const errors = status.kind === "invalid" ? status.fieldErrors : {};
  const onReady = useCallback((ready: Editor) => setEditor(ready), []);
  const onBankQuestion = useCallback(() => setPicking(true), []);
  const offered = props.bank.filter((question) => question.locale === values.locale && (question.seriesId === null || question.seriesId === values.seriesId));

  function restoreLocal() {
    const restored = draft.restoreOffer();
    if (restored && editor) editor.commands.setContent(forEditor(restored.body), { emitUpdate: false });
  }

  return (
    <div
      className="interview-editor"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
          event.preventDefault();
          void draft.save("save");
        }
      }}
    >
      <EditorBar
        interviewId={interviewId}
        editable={editable}
        editor={editor}
        status={status}
        notice={notice}
        timeZone={props.timeZone}
        onNotice={setNotice}
        onSave={() => void draft.save("save")}
      />
      <WorkflowBar target={{ interviewId }} head={props.head} view={props.workflow} saved={status.kind === "saved"} timeZone={props.timeZone} />
      <EditorNotices offered={draft.offer !== null} status={status} editable={editable} onRestore={restoreLocal} onDiscard={draft.dismissOffer} />

      <div className="editor-columns">
        <EditorMain
          initialBody={props.values.body}
          values={values}
          errors={errors}
          editable={editable}
          onChange={update}
          onReady={onReady}
          onBankQuestion={onBankQuestion}
          onNotice={setNotice}
        />
        <EditorSide {...props} values={values} errors={errors} onChange={update} onNotice={setNotice} />
      </div>

      {picking ? (
        <BankQuestionDialog
          questions={offered}
          onClose={() => setPicking(false)}
          onPick={(question) => {
            setPicking(false);
            editor?.chain().focus().insertQuestionAnswer(question).run();
          }}
        />
      ) : null}
      {status.kind === "conflict" ? (
        <ConflictDialog by={status.by} at={status.at} timeZone={props.timeZone} onChoose={(choice) => void draft.resolve(choice)} />
      ) : null}
    </div>
  );
}
