import { getPathname } from "./navigation";
import { routing } from "./routing";

/** Typed links to the public pages; next-intl turns them into each locale's path. */
export const hrefs = {
  interviews: "/interviews" as const,
  interview: (slug: string) => ({ pathname: "/interviews/[slug]" as const, params: { slug } }),
  series: (slug: string) => ({ pathname: "/series/[slug]" as const, params: { slug } }),
  department: (slug: string) => ({ pathname: "/departments/[slug]" as const, params: { slug } }),
  universes: "/universes" as const,
  universe: (slug: string) => ({ pathname: "/universes/[slug]" as const, params: { slug } }),
  topic: (slug: string) => ({ pathname: "/universes/topics/[slug]" as const, params: { slug } }),
  selfCheck: "/universes/self-check" as const,
};

export type Href = Parameters<typeof getPathname>[0]["href"];

/** The path of a page in a locale, with its locale prefix, e.g. "/de/geschichten/marco". */
export function pathFor(locale: string, href: Href): string {
  return getPathname({ locale, href });
}

/** Canonical path and hreflang alternates of a page that exists in `locales` (by default every locale). */
export function alternatesFor(locale: string, href: Href, locales: readonly string[] = routing.locales) {
  return {
    canonical: pathFor(locale, href),
    languages: Object.fromEntries(locales.map((code) => [code, pathFor(code, href)])),
  };
}
