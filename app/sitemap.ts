import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { cachedReleasedTopics, cachedSitemapEntries, cachedUniverses } from "@/modules/public-site";
import { config } from "@/lib/config";
import { hrefs, pathFor, type Href } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";

/** Every public page in every locale, each with its language alternates. Live content only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const base = config().siteUrl;
  const [{ interviews, departmentSlugs, seriesSlugs }, universes, topicsByLocale] = await Promise.all([
    cachedSitemapEntries(),
    cachedUniverses(),
    Promise.all(routing.locales.map(async (locale) => ({ locale, topics: await cachedReleasedTopics(locale) }))),
  ]);

  const everyLocale = (href: Href) => {
    const languages = Object.fromEntries(routing.locales.map((locale) => [locale, `${base}${pathFor(locale, href)}`]));
    return routing.locales.map((locale) => ({ url: `${base}${pathFor(locale, href)}`, alternates: { languages } }));
  };

  const groups = new Map<string, { locale: string; slug: string }[]>();
  for (const row of interviews) groups.set(row.translationGroupId, [...(groups.get(row.translationGroupId) ?? []), row]);

  return [
    ...everyLocale("/"),
    ...everyLocale("/interviews"),
    ...seriesSlugs.flatMap((slug) => everyLocale(hrefs.series(slug))),
    ...departmentSlugs.flatMap((slug) => everyLocale(hrefs.department(slug))),
    ...everyLocale(hrefs.universes),
    ...everyLocale(hrefs.selfCheck),
    ...universes.flatMap((universe) => everyLocale(hrefs.universe(universe.slug))),
    // A topic is listed in each language it is told in.
    ...topicsByLocale.flatMap(({ locale, topics }) => topics.map((topic) => ({ url: `${base}${pathFor(locale, hrefs.topic(topic.slug))}` }))),
    ...interviews.map((row) => ({
      url: `${base}${pathFor(row.locale, hrefs.interview(row.slug))}`,
      lastModified: row.updatedAt,
      alternates: {
        languages: Object.fromEntries(
          (groups.get(row.translationGroupId) ?? []).map((member) => [member.locale, `${base}${pathFor(member.locale, hrefs.interview(member.slug))}`]),
        ),
      },
    })),
  ];
}
