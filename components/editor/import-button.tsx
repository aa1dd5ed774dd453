"use client";

import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FileInput } from "./file-input";
import { htmlToBlocks } from "./text-editor";

type ImportAnswer = { ok: true; data: { html: string } } | { ok: false; error: string };

/**
 * Imports a Word, Markdown or text file: the server reads it (app/api/import), the editor
 * turns it into blocks of its own schema, recognises questions and answers, and adds them
 * at the end (or in place of an empty text).
 */
export function ImportButton({ editor, onNotice }: { editor: Editor; onNotice: (notice: string | null) => void }) {
  const t = useTranslations("studio.editor.import");
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function run(file: File) {
    setBusy(true);
    onNotice(t("reading", { name: file.name }));
    const body = new FormData();
    body.append("file", file);
    let answer: ImportAnswer;
    try {
      answer = (await (await fetch("/api/import", { method: "POST", body })).json()) as ImportAnswer;
    } catch {
      answer = { ok: false, error: t("offline") };
    }
    setBusy(false);
    if (!answer.ok) return onNotice(answer.error);
    const doc = htmlToBlocks(answer.data.html);
    if (doc.content.length === 0) return onNotice(t("empty"));
    const questions = doc.content.filter((node) => node.type === "questionAnswer").length;
    if (editor.isEmpty) editor.chain().setContent(doc, { emitUpdate: true }).focus("start").run();
    else editor.chain().insertContentAt(editor.state.doc.content.size, doc.content).focus("end").run();
    onNotice(t("done", { blocks: doc.content.length, questions }));
  }

  return (
    <>
      <button type="button" className="button button-small button-secondary" disabled={busy} onClick={() => input.current?.click()}>
        {t("button")}
      </button>
      <FileInput
        ref={input}
        accept=".docx,.md,.markdown,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain"
        onFile={(file) => void run(file)}
      />
    </>
  );
}
