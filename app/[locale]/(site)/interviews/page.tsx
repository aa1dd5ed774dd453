import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterForm } from "@/components/site/filter-form";
import { CardGrid } from "@/components/site/card-grid";
import { Pagination } from "@/components/site/pagination";
import { cachedInterviewCards, cachedInterviewCount, cachedSettings, cachedTaxonomyOptions, indexQuery, parseIndexParams } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor } from "@/lib/i18n/paths";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 12;

// Filters and search make every URL different: rendered per request from cached reads.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [settings, t] = await Promise.all([cachedSettings(), getTranslations({ locale, namespace: "index" })]);
  return {
    title: t("title"),
    description: t("description", { company: settings.companyName }),
    alternates: alternatesFor(locale, "/interviews"),
  };
}

export default async function InterviewIndex({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseIndexParams(await searchParams);
  const filters = { q: query.q, department: query.department, location: query.location, series: query.series };
  const [t, cards, total, options] = await Promise.all([
    getTranslations({ locale, namespace: "index" }),
    cachedInterviewCards({ locale, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE, filters }),
    cachedInterviewCount(locale, filters),
    cachedTaxonomyOptions(locale),
  ]);
  const pages = Math.ceil(total / PAGE_SIZE);

  return (
    <div className="container section index-page">
      <h1 className="page-title">{t("title")}</h1>
      <FilterForm locale={locale} params={query} options={options} />
      <p className="results-count" role="status">
        {t("results", { count: total })}
      </p>
      {cards.length > 0 ? (
        <CardGrid cards={cards} locale={locale} headingLevel={2} />
      ) : (
        <div className="empty-state">
          <h2>{total > 0 ? t("pageMissing") : t("emptyTitle")}</h2>
          {total > 0 ? (
            <Link href={{ pathname: "/interviews", query: indexQuery({ ...query, page: 1 }) }} locale={locale}>
              {t("firstPage")}
            </Link>
          ) : (
            <p>{t("emptyText")}</p>
          )}
        </div>
      )}
      <Pagination locale={locale} params={query} pages={pages} />
    </div>
  );
}
