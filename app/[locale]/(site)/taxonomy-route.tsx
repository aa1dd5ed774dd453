import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TaxonomyPage } from "@/components/site/taxonomy-page";
import { cachedDepartment, cachedInterviewCards, cachedInterviewCount, cachedSeries, cachedSettings } from "@/modules/public-site";
import { localized } from "@/lib/i18n/localized";
import { alternatesFor, hrefs } from "@/lib/i18n/paths";
import { renderOnDemand } from "../render-on-demand";
import { openJobsFor } from "./open-jobs";

type Params = { params: Promise<{ locale: string; slug: string }> };

const SHOWN = 24;

const kinds = {
  series: {
    href: hrefs.series,
    load: cache(async (slug: string) => {
      const row = await cachedSeries(slug);
      return row && { name: row.name, description: row.description as Record<string, string> | null, jobsUrl: null as string | null };
    }),
  },
  department: {
    href: hrefs.department,
    load: cache(async (slug: string) => {
      const row = await cachedDepartment(slug);
      return row && { name: row.name, description: null as Record<string, string> | null, jobsUrl: row.jobsUrl };
    }),
  },
} as const;

/** The metadata and page of /series/[slug] and /departments/[slug]: one implementation for both. */
export function taxonomyRoute(kind: keyof typeof kinds) {
  const { href, load } = kinds[kind];

  async function generateMetadata({ params }: Params): Promise<Metadata> {
    const { locale, slug } = await params;
    const row = await load(slug);
    if (!row) return {};
    const [settings, t] = await Promise.all([cachedSettings(), getTranslations({ locale, namespace: "index" })]);
    return {
      title: localized(row.name, locale),
      description: row.description ? localized(row.description, locale) : t("description", { company: settings.companyName }),
      alternates: alternatesFor(locale, href(slug)),
    };
  }

  async function Page({ params }: Params) {
    const { locale, slug } = await params;
    setRequestLocale(locale);
    const row = await load(slug);
    if (!row) notFound();
    const filters = { [kind]: slug };
    const [settings, cards, total, openJobs] = await Promise.all([
      cachedSettings(),
      cachedInterviewCards({ locale, limit: SHOWN, filters }),
      cachedInterviewCount(locale, filters),
      // A department's page names it in the call to action's title already.
      openJobsFor(locale, kind === "department" ? { slug, name: row.name } : null, { named: true }),
    ]);
    return (
      <TaxonomyPage
        locale={locale}
        kind={kind}
        name={localized(row.name, locale)}
        description={row.description ? localized(row.description, locale) : undefined}
        cards={cards}
        total={total}
        indexQuery={filters}
        jobs={{ href: row.jobsUrl ?? settings.defaultJobsUrl, open: openJobs }}
      />
    );
  }

  return { generateMetadata, Page, generateStaticParams: renderOnDemand };
}
