"use client";

import { useLocale } from "next-intl";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

/** The studio's language in a client component, typed. */
export function useStudioLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : routing.defaultLocale;
}
