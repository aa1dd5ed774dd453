/**
 * Where the header's language switch leads: the same page in the other language when it is
 * there, else the nearest page that is. Interviews have a slug per language and may be
 * untranslated; a topic may be told in one language only; every other page has the same
 * address in both. It asks the same cached reads the pages themselves render from.
 */
import "server-only";
import { cachedInterview, cachedReleasedTopics, cachedTranslations } from "./cached";
import { matchPublicPath } from "@/lib/i18n/match-path";
import { hrefs, pathFor, type Href } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export async function languageSwitchTarget(from: string, to: Locale): Promise<string> {
  const page = matchPublicPath(from);
  if (!page) return pathFor(to, "/");
  const { locale, pathname, params } = page;
  if (pathname === "/interviews/[slug]") {
    const interview = await cachedInterview(locale, params.slug!);
    const translation = interview ? (await cachedTranslations(interview.translationGroupId)).find((entry) => entry.locale === to) : undefined;
    return pathFor(to, translation ? hrefs.interview(translation.slug) : hrefs.interviews);
  }
  if (pathname === "/universes/topics/[slug]") {
    const told = (await cachedReleasedTopics(to)).some((topic) => topic.slug === params.slug);
    return pathFor(to, told ? hrefs.topic(params.slug!) : hrefs.universes);
  }
  return pathFor(to, { pathname, params } as Href);
}
