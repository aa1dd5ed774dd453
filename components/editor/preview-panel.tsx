"use client";

import { useTranslations } from "next-intl";
import { RichText } from "@/lib/content/render";
import { plainText, readingMinutes, wordCount } from "@/lib/content/text";
import type { DraftValues } from "./draft-types";

/**
 * The text as applicants will read it, drawn by the public site's renderer while it is
 * written (the full page, with person card and call to action, is one link away).
 */
export function PreviewPanel({ values, personName, fullPreviewHref }: { values: DraftValues; personName: string; fullPreviewHref: string }) {
  const t = useTranslations("studio.editor.preview");
  const minutes = readingMinutes(wordCount(plainText(values.body)));
  return (
    <div className="preview-panel" lang={values.locale}>
      <p className="preview-panel-note">
        {t("note")}{" "}
        <a href={fullPreviewHref} target="_blank" rel="noopener">
          {t("fullPage")}
        </a>
      </p>
      <article className="preview-article">
        <p className="eyebrow">{personName}</p>
        <h2 className="preview-title">{values.title}</h2>
        {values.teaser ? <p className="interview-teaser">{values.teaser}</p> : null}
        <p className="interview-meta">{t("readingTime", { minutes })}</p>
        <div className="prose">
          <RichText doc={values.body} labels={{ questionLink: t("questionLink") }} />
        </div>
      </article>
    </div>
  );
}
