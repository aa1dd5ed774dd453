import "server-only";
import { cookies, headers } from "next/headers";
import { isLocale, routing, type Locale } from "./routing";

/** The cookie that keeps the studio's language on this device (set by /studio/locale). */
export const STUDIO_LOCALE_COOKIE = "einblick-studio-locale";

/** The first supported language of an Accept-Language header, by preference. */
export function preferredLocale(acceptLanguage: string | null): Locale | null {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.split("-")[0]!.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** The studio's language for this request: the chosen one, else the browser's, else German. */
export async function studioLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(STUDIO_LOCALE_COOKIE)?.value;
  if (chosen && isLocale(chosen)) return chosen;
  return preferredLocale((await headers()).get("accept-language")) ?? routing.defaultLocale;
}
