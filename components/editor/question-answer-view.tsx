"use client";

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "next-intl";

/**
 * A question-and-answer block in the editor: a bar to drag or remove it, the question as a
 * heading, the answer below. An answer still missing is marked, so none slips through.
 */
export function QuestionAnswerView({ node, deleteNode, editor }: ReactNodeViewProps) {
  const t = useTranslations("studio.editor.qa");
  const question = node.child(0).textContent.trim();
  const answer = node.child(1);
  let answered = answer.textContent.trim() !== "";
  answer.descendants((child) => {
    if (child.type.name === "image") answered = true;
  });
  return (
    <NodeViewWrapper className={answered ? "qa-block" : "qa-block qa-block-unanswered"}>
      <div className="qa-block-bar" contentEditable={false}>
        <span className="qa-block-handle" data-drag-handle aria-hidden="true" title={t("drag")}>
          ⠿
        </span>
        <span className="qa-block-label">{t("label")}</span>
        {answered ? null : <span className="qa-block-missing">{t("noAnswer")}</span>}
        {editor.isEditable ? (
          <button type="button" className="qa-block-remove" onClick={deleteNode} aria-label={t("remove", { question: question || t("empty") })}>
            ×
          </button>
        ) : null}
      </div>
      <NodeViewContent className="qa-block-content" />
    </NodeViewWrapper>
  );
}
