"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { uploadImage } from "@/components/studio/image-upload";

/** Uploads an image chosen for the text and inserts it at the cursor; progress and problems go to the status line. */
export function useImageInsert(editor: Editor | null, onNotice: (notice: string | null) => void) {
  const t = useTranslations("studio.editor");
  return async function insertImage(file: File) {
    if (!editor) return;
    onNotice(t("image.uploading", { percent: 0 }));
    const result = await uploadImage("content", file, (fraction) => onNotice(t("image.uploading", { percent: Math.round(fraction * 100) })));
    if (!result.ok) return onNotice("offline" in result ? t("offline") : result.error);
    onNotice(null);
    editor.chain().focus().setImage({ src: result.data.src, alt: "", width: result.data.width, height: result.data.height }).run();
  };
}
