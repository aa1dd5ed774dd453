"use client";

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "next-intl";

/** A pull quote: the quoted words, and who said them (optional). */
export function PullQuoteView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const t = useTranslations("studio.editor.pullQuote");
  const attribution = (node.attrs.attribution as string | null) ?? "";
  return (
    <NodeViewWrapper className="editor-pull-quote">
      <NodeViewContent<"blockquote"> as="blockquote" />
      <input
        className="editor-pull-quote-by"
        contentEditable={false}
        value={attribution}
        maxLength={200}
        readOnly={!editor.isEditable}
        placeholder={t("attributionPlaceholder")}
        aria-label={t("attribution")}
        onChange={(event) => updateAttributes({ attribution: event.target.value || null })}
      />
    </NodeViewWrapper>
  );
}
