"use client";

import { useTranslations } from "next-intl";

export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main id="main" className="container not-found">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <button type="button" className="button" onClick={() => reset()}>
        {t("retry")}
      </button>
    </main>
  );
}
