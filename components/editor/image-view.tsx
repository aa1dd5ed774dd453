"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useId } from "react";

/** An image in the text, with its alt text (required: the save refuses an image without) and caption. */
export function ImageView({ node, updateAttributes, editor, selected }: ReactNodeViewProps) {
  const t = useTranslations("studio.editor.image");
  const id = useId();
  const { src, alt, caption, width, height } = node.attrs as {
    src: string;
    alt: string | null;
    caption: string | null;
    width: number | null;
    height: number | null;
  };
  const missingAlt = !alt?.trim();
  return (
    <NodeViewWrapper className="editor-image" data-selected={selected || undefined}>
      {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded image at its own size, as the public page shows it */}
      <img src={src} alt={alt ?? ""} width={width ?? undefined} height={height ?? undefined} data-drag-handle draggable />
      <div className="editor-image-fields" contentEditable={false}>
        <label htmlFor={`${id}-alt`}>{t("alt")}</label>
        <input
          id={`${id}-alt`}
          value={alt ?? ""}
          maxLength={500}
          readOnly={!editor.isEditable}
          aria-invalid={missingAlt || undefined}
          aria-describedby={`${id}-alt-hint`}
          onChange={(event) => updateAttributes({ alt: event.target.value })}
        />
        <p id={`${id}-alt-hint`} className={missingAlt ? "field-error" : "field-hint"}>
          {missingAlt ? t("altMissing") : t("altHint")}
        </p>
        <label htmlFor={`${id}-caption`}>{t("caption")}</label>
        <input
          id={`${id}-caption`}
          value={caption ?? ""}
          maxLength={500}
          readOnly={!editor.isEditable}
          onChange={(event) => updateAttributes({ caption: event.target.value || null })}
        />
      </div>
    </NodeViewWrapper>
  );
}
