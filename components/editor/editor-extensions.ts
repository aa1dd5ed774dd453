"use client";

import type { AnyExtension, Node } from "@tiptap/core";
import { Placeholder } from "@tiptap/extensions";
import { ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import type { ComponentType } from "react";
import { contentExtensions } from "@/lib/content/extensions";
import type { BlockCommandId, CommandContext } from "./block-commands";
import { ImageView } from "./image-view";
import { PullQuoteView } from "./pull-quote-view";
import { QuestionAnswerView } from "./question-answer-view";
import { slashMenu } from "./slash-menu";

const VIEWS: Record<string, ComponentType<ReactNodeViewProps>> = {
  questionAnswer: QuestionAnswerView,
  image: ImageView,
  pullQuote: PullQuoteView,
};

export type EditorLabels = {
  block: (id: BlockCommandId) => string;
  menuTitle: string;
  menuEmpty: string;
  placeholder: { question: string; text: string };
};

/**
 * The document model of lib/content/extensions.ts with what only the studio needs: node
 * views for questions, images and pull quotes, placeholders, and the slash menu.
 */
export function editorExtensions(labels: EditorLabels, context: () => CommandContext): AnyExtension[] {
  const withViews = contentExtensions().map((extension) => {
    const view = VIEWS[extension.name];
    return view ? (extension as Node).extend({ addNodeView: () => ReactNodeViewRenderer(view) }) : extension;
  });
  return [
    ...withViews,
    // Placeholders by node type; an answer's paragraph and the empty text's first line get
    // theirs from CSS (editor.css), which knows where a paragraph stands.
    Placeholder.configure({
      showOnlyCurrent: false,
      includeChildren: true,
      placeholder: ({ node }) => (node.type.name === "question" ? labels.placeholder.question : node.type.name === "paragraph" ? labels.placeholder.text : ""),
    }),
    slashMenu({ label: labels.block, title: labels.menuTitle, empty: labels.menuEmpty, context }),
  ];
}
