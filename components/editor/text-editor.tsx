"use client";

import { generateJSON } from "@tiptap/core";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { contentExtensions } from "@/lib/content/extensions";
import { structureQuestions } from "@/lib/content/import";
import { forEditor, forSave } from "@/lib/content/normalize";
import { cleanPastedHtml } from "@/lib/content/paste";
import type { TiptapDoc } from "@/lib/content/schema";
import type { BlockCommandId, CommandContext } from "./block-commands";
import { editorExtensions } from "./editor-extensions";
import { FileInput } from "./file-input";
import { LinkPopover } from "./link-popover";
import { Toolbar } from "./toolbar";
import { useImageInsert } from "./use-image-insert";

type Props = {
  initial: TiptapDoc;
  editable: boolean;
  label: string;
  onChange: (doc: TiptapDoc) => void;
  onReady: (editor: Editor) => void;
  onBankQuestion: () => void;
  /** Reports uploads and imports in progress and their problems, for the status line. */
  onNotice: (notice: string | null) => void;
};

/** Converted HTML (paste, import) into blocks of our schema, questions recognised. */
export function htmlToBlocks(html: string): TiptapDoc {
  return structureQuestions(generateJSON(cleanPastedHtml(html), contentExtensions()) as TiptapDoc);
}

/** The rich-text part of the editor: Tiptap with toolbar, slash menu, link editor and image upload. */
export function TextEditor({ initial, editable, label, onChange, onReady, onBankQuestion, onNotice }: Props) {
  const t = useTranslations("studio.editor");
  const [linking, setLinking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const bankQuestion = useRef(onBankQuestion);
  useEffect(() => {
    bankQuestion.current = onBankQuestion;
  }, [onBankQuestion]);
  // Dialogs the blocks open; the functions read the refs only when a block is chosen.
  const context = useMemo<CommandContext>(() => ({ pickImage: () => fileInput.current?.click(), pickBankQuestion: () => bankQuestion.current() }), []);

  const extensions = useMemo(
    () =>
      editorExtensions(
        {
          block: (id: BlockCommandId) => t(`blocks.${id}`),
          menuTitle: t("menuTitle"),
          menuEmpty: t("menuEmpty"),
          placeholder: { question: t("placeholder.question"), text: t("placeholder.text") },
        },
        () => context,
      ),
    [t, context],
  );

  const editor = useEditor({
    extensions,
    content: forEditor(initial),
    editable,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: "prose editor-text", "aria-label": label, "aria-multiline": "true", role: "textbox" },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
          event.preventDefault();
          setLinking(true);
          return true;
        }
        return false;
      },
    },
    // ProseMirror's attribute objects have no prototype, which a server action cannot carry:
    // the JSON round trip makes plain data of the document.
    onUpdate: ({ editor: current }) => onChange(forSave(JSON.parse(JSON.stringify(current.getJSON())) as TiptapDoc)),
  });

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  const insertImage = useImageInsert(editor, onNotice);

  if (!editor) return <div className="editor-text editor-loading" aria-busy="true" />;
  const placeholders = {
    "--placeholder-start": JSON.stringify(t("placeholder.start")),
    "--placeholder-answer": JSON.stringify(t("placeholder.answer")),
  } as CSSProperties;
  return (
    <div className="text-editor" style={placeholders}>
      {editable ? (
        <div className="text-editor-tools">
          <Toolbar editor={editor} context={context} onLink={() => setLinking(true)} />
          {linking ? <LinkPopover editor={editor} onClose={() => setLinking(false)} /> : null}
          <FileInput
            ref={fileInput}
            accept="image/png,image/jpeg,image/webp,image/avif,image/heic"
            label={t("blocks.image")}
            onFile={(file) => void insertImage(file)}
          />
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
