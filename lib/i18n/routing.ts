import { defineRouting } from "next-intl/routing";

/**
 * Locales and localized paths. Files live under English route names (app/[locale]/(site)/
 * interviews, …); readers see the path of their language, and the proxy maps between them.
 */
export const routing = defineRouting({
  locales: ["de", "en"],
  defaultLocale: "de",
  localePrefix: "always",
  pathnames: {
    "/": "/",
    "/interviews": { de: "/geschichten", en: "/stories" },
    "/interviews/[slug]": { de: "/geschichten/[slug]", en: "/stories/[slug]" },
    "/series/[slug]": { de: "/reihen/[slug]", en: "/series/[slug]" },
    "/departments/[slug]": { de: "/bereiche/[slug]", en: "/departments/[slug]" },
    "/universes": { de: "/arbeitswelten", en: "/work-universes" },
    "/universes/[slug]": { de: "/arbeitswelten/[slug]", en: "/work-universes/[slug]" },
    "/universes/topics/[slug]": { de: "/arbeitswelten/themen/[slug]", en: "/work-universes/topics/[slug]" },
    "/universes/self-check": { de: "/arbeitswelten/selbsttest", en: "/work-universes/self-check" },
  },
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
