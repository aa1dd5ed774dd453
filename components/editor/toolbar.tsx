"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BLOCK_COMMANDS, type BlockCommandId, type CommandContext } from "./block-commands";

type ToolProps = { label: string; shortcut?: string; active?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode };

function Tool({ label, shortcut, active, disabled, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace("Control", "Strg")})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

const ICONS: Partial<Record<BlockCommandId, string>> = {
  question: "F+",
  heading: "H2",
  subheading: "H3",
  bulletList: "•",
  orderedList: "1.",
  blockquote: "❝",
  pullQuote: "❞",
  image: "▣",
  horizontalRule: "―",
};

/** Marks, blocks, history and the link editor; the slash menu offers the same blocks from the keyboard. */
export function Toolbar({ editor, context, onLink }: { editor: Editor; context: CommandContext; onLink: () => void }) {
  const t = useTranslations("studio.editor");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      heading: e.isActive("heading", { level: 2 }),
      subheading: e.isActive("heading", { level: 3 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      pullQuote: e.isActive("pullQuote"),
      inQuestion: e.isActive("question"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const blocks = BLOCK_COMMANDS.filter((command) => ICONS[command.id]);
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar")}>
      <div className="toolbar-group">
        <Tool label={t("bold")} shortcut="Control+B" active={state.bold} disabled={state.inQuestion} onClick={() => editor.chain().focus().toggleBold().run()}>
          <b>B</b>
        </Tool>
        <Tool
          label={t("italic")}
          shortcut="Control+I"
          active={state.italic}
          disabled={state.inQuestion}
          onClick={() => editor.chain().focus().toggleItalic().run()}
        >
          <i>I</i>
        </Tool>
        <Tool label={t("link")} shortcut="Control+K" active={state.link} disabled={state.inQuestion} onClick={onLink}>
          ↗
        </Tool>
      </div>
      <div className="toolbar-group">
        {blocks.map((command) => (
          <Tool
            key={command.id}
            label={t(`blocks.${command.id}`)}
            active={command.id in state ? state[command.id as keyof typeof state] : undefined}
            onClick={() => command.run(editor, context)}
          >
            {ICONS[command.id]}
          </Tool>
        ))}
      </div>
      <div className="toolbar-group">
        <Tool label={t("undo")} shortcut="Control+Z" disabled={!state.canUndo} onClick={() => editor.chain().focus().undo().run()}>
          ↶
        </Tool>
        <Tool label={t("redo")} shortcut="Control+Shift+Z" disabled={!state.canRedo} onClick={() => editor.chain().focus().redo().run()}>
          ↷
        </Tool>
      </div>
    </div>
  );
}
