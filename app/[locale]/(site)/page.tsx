import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CardGrid } from "@/components/site/card-grid";
import { FeaturedInterview } from "@/components/site/featured-interview";
import { BrowseLinks } from "@/components/site/browse-links";
import { HeroCollage } from "@/components/site/hero-collage";
import { JobsCta } from "@/components/site/jobs-cta";
import { JsonLd } from "@/components/site/json-ld";
import { UniversesTeaser } from "@/components/site/universes-teaser";
import { cachedInterviewCards, cachedSettings, cachedTaxonomyOptions } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";
import { config } from "@/lib/config";
import { localized } from "@/lib/i18n/localized";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { openJobsFor } from "./open-jobs";
import { loadUniverses } from "./universes/load";

type Params = { params: Promise<{ locale: string }> };

/** The newest stories beside the featured one; the index has the rest. */
const HOME_LIMIT = 6;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const [settings, t] = await Promise.all([cachedSettings(), getTranslations({ locale, namespace: "meta" })]);
  return {
    title: { absolute: t("homeTitle", { company: settings.companyName }) },
    description: t("homeDescription", { company: settings.companyName }),
    alternates: {
      ...alternatesFor(locale, "/"),
      types: { "application/rss+xml": `/${locale}/feed.xml` },
    },
  };
}

export default async function HomePage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [settings, [featuredCard], newest, t, tBrowse, options, worlds, jobs] = await Promise.all([
    cachedSettings(),
    cachedInterviewCards({ locale, limit: 1, filters: { featured: true } }),
    cachedInterviewCards({ locale, limit: HOME_LIMIT + 1 }),
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "browse" }),
    cachedTaxonomyOptions(locale),
    loadUniverses(locale),
    openJobsFor(locale),
  ]);
  const featured = featuredCard ?? newest[0];
  const rest = newest.filter((card) => card.id !== featured?.id).slice(0, HOME_LIMIT);
  const collage = rest.flatMap((card) => (card.portrait ? [card.portrait] : []));

  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: settings.companyName,
          url: `${config().siteUrl}${pathFor(locale, "/")}`,
        }}
      />
      <section className="hero">
        <div className="container hero-inner">
          <div>
            <p className="eyebrow">{t("eyebrow", { company: settings.companyName })}</p>
            <h1 className="hero-title">{localized(settings.tagline, locale)}</h1>
            <p className="hero-lead">{t("latestIntro")}</p>
          </div>
          <HeroCollage portraits={collage} />
        </div>
      </section>

      {featured ? (
        <section className="container section" aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="section-title">
            {t("featured")}
          </h2>
          <FeaturedInterview card={featured} locale={locale} readLabel={t("readStory")} />
        </section>
      ) : null}

      <section className="container section" id="stories" aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="section-title">
          {t("latest")}
        </h2>
        {rest.length > 0 ? <CardGrid cards={rest} locale={locale} /> : featured ? null : <p className="empty-state">{t("empty")}</p>}
        {featured ? (
          <p className="section-more">
            <Link href="/interviews" locale={locale}>
              {tBrowse("all")} →
            </Link>
          </p>
        ) : null}
      </section>

      {worlds.topics.length ? <UniversesTeaser universes={worlds.universes} locale={locale} /> : null}

      <BrowseLinks locale={locale} options={options} />

      <JobsCta title={t("ctaTitle")} text={t("ctaText")} label={t("ctaButton")} href={settings.defaultJobsUrl} jobs={jobs} />
    </>
  );
}
