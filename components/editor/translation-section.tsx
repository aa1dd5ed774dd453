"use client";

import Link from "next/link";
import type { Locale } from "@/lib/i18n/routing";
import { useTranslations } from "next-intl";

export type Translation = { id: string; locale: string; slug: string };

/** The interview in the other language: a link to it, or the button that starts it. */
export function TranslationSection({
  locale,
  translations,
  editable,
  translating,
  onTranslate,
}: {
  locale: Locale;
  translations: Translation[];
  editable: boolean;
  translating: boolean;
  onTranslate: (locale: Locale) => void;
}) {
  const t = useTranslations("studio.editor.settings");
  const other = locale === "de" ? "en" : "de";
  const translation = translations.find((entry) => entry.locale === other);
  return (
    <section className="settings-translation" aria-labelledby="translation-heading">
      <h3 id="translation-heading">{t("translation")}</h3>
      {translation ? (
        <Link href={`/studio/interviews/${translation.id}`}>{t(`openTranslation.${other}`)}</Link>
      ) : editable ? (
        <button type="button" className="button button-small button-secondary" disabled={translating} onClick={() => onTranslate(other)}>
          {t(`startTranslation.${other}`)}
        </button>
      ) : (
        <p className="muted">{t("noTranslation")}</p>
      )}
    </section>
  );
}
