import type { Editor } from "@tiptap/core";

/**
 * The blocks an author can insert, shared by the toolbar and the slash menu. Labels come
 * from the studio's messages (studio.editor.blocks.<id>); keywords let the slash menu find
 * a block by German or English words.
 */
export type BlockCommandId =
  "question" | "bankQuestion" | "paragraph" | "heading" | "subheading" | "bulletList" | "orderedList" | "blockquote" | "pullQuote" | "image" | "horizontalRule";

/** What a command needs beyond the editor: dialogs the editor component owns. */
export type CommandContext = { pickImage: () => void; pickBankQuestion: () => void };

export type BlockCommand = { id: BlockCommandId; keywords: string; run: (editor: Editor, context: CommandContext) => void };

export const BLOCK_COMMANDS: BlockCommand[] = [
  { id: "question", keywords: "frage antwort question answer qa", run: (editor) => editor.chain().focus().insertQuestionAnswer().run() },
  { id: "bankQuestion", keywords: "katalog fragenkatalog bank vorlage question bank", run: (_editor, context) => context.pickBankQuestion() },
  { id: "paragraph", keywords: "text absatz paragraph", run: (editor) => editor.chain().focus().setParagraph().run() },
  { id: "heading", keywords: "überschrift zwischentitel heading h2", run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run() },
  { id: "subheading", keywords: "unterüberschrift subheading h3", run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: "bulletList", keywords: "liste aufzählung bullet list", run: (editor) => editor.chain().focus().toggleBulletList().run() },
  { id: "orderedList", keywords: "nummeriert nummerierte liste numbered ordered list", run: (editor) => editor.chain().focus().toggleOrderedList().run() },
  { id: "blockquote", keywords: "zitat quote blockquote", run: (editor) => editor.chain().focus().toggleBlockquote().run() },
  { id: "pullQuote", keywords: "hervorgehobenes zitat pull quote", run: (editor) => editor.chain().focus().togglePullQuote().run() },
  { id: "image", keywords: "bild foto image picture", run: (_editor, context) => context.pickImage() },
  { id: "horizontalRule", keywords: "trennlinie linie divider rule", run: (editor) => editor.chain().focus().setHorizontalRule().run() },
];

/** Commands whose label or keywords contain the query (case-insensitive). */
export function findCommands(query: string, label: (id: BlockCommandId) => string): BlockCommand[] {
  const q = query.trim().toLowerCase();
  if (!q) return BLOCK_COMMANDS;
  return BLOCK_COMMANDS.filter((command) => label(command.id).toLowerCase().includes(q) || command.keywords.includes(q));
}
