import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listLiveForSitemap } from "@/db/queries/public-interviews";
import { departments, seriesTable } from "@/db/queries/taxonomy";
import { config } from "@/lib/config";
import { routing } from "@/lib/i18n/routing";

/** Every public page in every locale, each with its language alternates. Live content only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const base = config().siteUrl;
  const [interviews, allDepartments, allSeries] = await Promise.all([listLiveForSitemap(), departments.list(), seriesTable.list()]);

  const everyLocale = (path: string) => {
    const languages = Object.fromEntries(routing.locales.map((locale) => [locale, `${base}/${locale}${path}`]));
    return routing.locales.map((locale) => ({ url: `${base}/${locale}${path}`, alternates: { languages } }));
  };

  const groups = new Map<string, { locale: string; slug: string }[]>();
  for (const row of interviews) groups.set(row.translationGroupId, [...(groups.get(row.translationGroupId) ?? []), row]);

  return [
    ...everyLocale(""),
    ...everyLocale("/interviews"),
    ...allSeries.flatMap((row) => everyLocale(`/series/${row.slug}`)),
    ...allDepartments.flatMap((row) => everyLocale(`/departments/${row.slug}`)),
    ...interviews.map((row) => ({
      url: `${base}/${row.locale}/interviews/${row.slug}`,
      lastModified: row.updatedAt,
      alternates: {
        languages: Object.fromEntries(
          (groups.get(row.translationGroupId) ?? []).map((member) => [member.locale, `${base}/${member.locale}/interviews/${member.slug}`]),
        ),
      },
    })),
  ];
}
