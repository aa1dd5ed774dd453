"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";

/** A plain link to the studio in the other language; it comes back to this page. */
export function LanguageSwitch() {
  const t = useTranslations("studio.shell");
  const other = useLocale() === "de" ? "en" : "de";
  const back = usePathname();
  return (
    <a className="language-switch" href={`/studio/locale?to=${other}&back=${encodeURIComponent(back)}`} hrefLang={other} lang={other}>
      {t("switchLanguage")}
    </a>
  );
}
