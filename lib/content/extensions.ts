import { type AnyExtension, mergeAttributes, Node } from "@tiptap/core";
import { Document } from "@tiptap/extension-document";
import { Image } from "@tiptap/extension-image";
import { Link } from "@tiptap/extension-link";
import { OrderedList } from "@tiptap/extension-list";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { StarterKit } from "@tiptap/starter-kit";
import { isSafeHref } from "./schema";

/**
 * The editor's document model, node for node the content schema of ./schema.ts: what the
 * editor can hold is exactly what a save accepts and the renderer draws. No React and no
 * DOM here, so a unit test can load the same schema in Node (./extensions.test.ts); the
 * studio adds its node views and menus on top (components/editor).
 */

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    questionAnswer: {
      /** Inserts a question-and-answer block after the current block (or in place of an empty paragraph). */
      insertQuestionAnswer: (question?: string) => ReturnType;
    };
    pullQuote: {
      togglePullQuote: () => ReturnType;
    };
  }
}

/** A new, document-unique id for a question block (anchors and review comments refer to it). */
export function newBlockId(): string {
  return `qa-${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

// Question blocks sit at the top level only: answers hold ordinary blocks, never another question.
const EinblickDocument = Document.extend({ content: "(block | qaBlock)+" });

const Question = Node.create({
  name: "question",
  content: "text*",
  marks: "",
  defining: true,
  isolating: true,
  parseHTML: () => [{ tag: "h3[data-type='question']" }],
  renderHTML: ({ HTMLAttributes }) => ["h3", mergeAttributes(HTMLAttributes, { "data-type": "question" }), 0],
  addKeyboardShortcuts() {
    return {
      // Enter ends the question and continues in its answer.
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== "question") return false;
        return editor.commands.setTextSelection($from.after() + 2);
      },
    };
  },
});

const Answer = Node.create({
  name: "answer",
  content: "block+",
  defining: true,
  isolating: true,
  parseHTML: () => [{ tag: "div[data-type='answer']" }],
  renderHTML: ({ HTMLAttributes }) => ["div", mergeAttributes(HTMLAttributes, { "data-type": "answer" }), 0],
});

const uniqueIds = new PluginKey("questionAnswerIds");

const QuestionAnswer = Node.create({
  name: "questionAnswer",
  group: "qaBlock",
  content: "question answer",
  defining: true,
  isolating: true,
  draggable: true,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-qa-id"),
        renderHTML: (attributes) => ({ "data-qa-id": attributes.id as string | null }),
      },
    };
  },
  parseHTML: () => [{ tag: "section[data-type='question-answer']" }],
  renderHTML: ({ HTMLAttributes }) => ["section", mergeAttributes(HTMLAttributes, { "data-type": "question-answer" }), 0],
  addCommands() {
    return {
      insertQuestionAnswer:
        (question = "") =>
        ({ state, chain }) => {
          const { $from } = state.selection;
          const top = $from.depth > 0 ? $from.node(1) : null;
          const emptyParagraph = top?.type.name === "paragraph" && top.content.size === 0;
          const from = $from.depth === 0 ? $from.pos : emptyParagraph ? $from.before(1) : $from.after(1);
          const to = emptyParagraph ? $from.after(1) : from;
          const block = {
            type: this.name,
            attrs: { id: newBlockId() },
            content: [
              { type: "question", content: question ? [{ type: "text", text: question }] : [] },
              { type: "answer", content: [{ type: "paragraph" }] },
            ],
          };
          // The cursor goes to the question, or to the answer when the question was given.
          const cursor = question ? from + question.length + 5 : from + 2;
          return chain().insertContentAt({ from, to }, block).setTextSelection(cursor).scrollIntoView().run();
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      // Pasting or duplicating a block copies its id; every block keeps one of its own.
      new Plugin({
        key: uniqueIds,
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.forEach((node, offset) => {
            if (node.type.name !== this.name) return;
            const id = node.attrs.id as string | null;
            if (id && !seen.has(id)) {
              seen.add(id);
              return;
            }
            const fresh = newBlockId();
            seen.add(fresh);
            tr.setNodeAttribute(offset, "id", fresh);
          });
          return tr.docChanged ? tr.setMeta("addToHistory", false) : null;
        },
      }),
    ];
  },
});

const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-attribution") || null,
        renderHTML: (attributes) => (attributes.attribution ? { "data-attribution": attributes.attribution as string } : {}),
      },
    };
  },
  parseHTML: () => [{ tag: "figure[data-type='pull-quote']", contentElement: "blockquote" }],
  renderHTML: ({ HTMLAttributes }) => ["figure", mergeAttributes(HTMLAttributes, { "data-type": "pull-quote" }), ["blockquote", 0]],
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, "paragraph"),
    };
  },
});

// Only the attributes the content schema knows: a list's start, a link's address.
const EinblickOrderedList = OrderedList.extend({
  addAttributes() {
    const inherited = this.parent?.() as Record<string, unknown> | undefined;
    return { start: inherited?.start ?? { default: 1 } };
  },
});

const EinblickLink = Link.extend({
  addAttributes() {
    const inherited = this.parent?.() as Record<string, unknown> | undefined;
    return { href: inherited?.href ?? { default: null } };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: "https",
  protocols: ["mailto", "tel"],
  isAllowedUri: (url) => isSafeHref(url),
  shouldAutoLink: (url) => isSafeHref(/^[a-z]+:/i.test(url) ? url : `https://${url}`),
});

/** A block image from the media library, with alt text (required) and an optional caption. */
const ContentImage = Image.extend({
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
      caption: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-caption") || null,
        renderHTML: (attributes) => (attributes.caption ? { "data-caption": attributes.caption as string } : {}),
      },
      width: { default: null },
      height: { default: null },
    };
  },
}).configure({ inline: false, allowBase64: false });

/** Every extension that shapes the document, shared by the editor and the tests. */
export function contentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: { levels: [2, 3] },
      orderedList: false,
      link: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
    }),
    EinblickDocument,
    EinblickOrderedList,
    EinblickLink,
    QuestionAnswer,
    Question,
    Answer,
    PullQuote,
    ContentImage,
  ];
}
