"use client";

import { usePathname } from "next/navigation";
import { routing } from "@/lib/i18n/routing";

/**
 * The header's languages. Each leads through /api/language, which finds this page in the
 * other language (or the nearest one there is), so a reader never lands back on the home
 * page. The path is known during server rendering too: the links work without JavaScript.
 */
export function LanguageLinks({ locale, label }: { locale: string; label: string }) {
  const path = usePathname();
  return (
    <ul className="locale-switch" aria-label={label}>
      {routing.locales.map((code) => (
        <li key={code}>
          {code === locale ? (
            <span aria-current="true" lang={code}>
              {code.toUpperCase()}
            </span>
          ) : (
            <a href={`/api/language?to=${code}&from=${encodeURIComponent(path)}`} lang={code} hrefLang={code} rel="nofollow">
              {code.toUpperCase()}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
