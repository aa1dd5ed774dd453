import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CardGrid } from "@/components/site/card-grid";
import { JobsCta } from "@/components/site/jobs-cta";
import { JsonLd } from "@/components/site/json-ld";
import { PersonCard } from "@/components/site/person-card";
import { ShareLinks } from "@/components/site/share-links";
import { cachedInterview, cachedInterviewCards, cachedRedirect, cachedSettings, cachedTranslations } from "@/db/queries/public-cached";
import { config } from "@/lib/config";
import { RichText } from "@/lib/content/render";
import { plainText, readingMinutes, wordCount } from "@/lib/content/text";
import { formatLongDate } from "@/lib/dates";
import { Link, permanentRedirect } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { hrefs, pathFor } from "@/lib/i18n/paths";
import { fullName } from "@/lib/people";
import { renderOnDemand } from "../../../render-on-demand";

export const generateStaticParams = renderOnDemand;

type Params = { params: Promise<{ locale: string; slug: string }> };

/** How many other colleagues' stories follow an interview. */
const MORE = 3;

// Metadata and page read the same interview and translations; fetch each once per request.
const loadInterview = cache((locale: string, slug: string) => cachedInterview(locale, slug));
const loadTranslations = cache((translationGroupId: string) => cachedTranslations(translationGroupId));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const interview = await loadInterview(locale, slug);
  if (!interview) return {};
  const translations = await loadTranslations(interview.translationGroupId);
  return {
    title: interview.seoTitle ?? interview.title,
    description: interview.seoDescription ?? interview.teaser,
    alternates: {
      canonical: pathFor(locale, hrefs.interview(interview.slug)),
      languages: Object.fromEntries(translations.map((tr) => [tr.locale, pathFor(tr.locale, hrefs.interview(tr.slug))])),
    },
  };
}

export default async function InterviewPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const interview = await loadInterview(locale, slug);
  if (!interview) {
    const current = await cachedRedirect(locale, slug);
    if (current) permanentRedirect({ href: hrefs.interview(current), locale });
    notFound();
  }
  // "More colleagues": the same series first, else the same department.
  const related = interview.series ? { series: interview.series.slug } : interview.department ? { department: interview.department.slug } : null;
  const [settings, translations, t, neighbours] = await Promise.all([
    cachedSettings(),
    loadTranslations(interview.translationGroupId),
    getTranslations({ locale, namespace: "interview" }),
    related ? cachedInterviewCards({ locale, limit: MORE + 1, filters: related }) : Promise.resolve([]),
  ]);
  const more = neighbours.filter((card) => card.id !== interview.id).slice(0, MORE);
  const url = `${config().siteUrl}${pathFor(locale, hrefs.interview(interview.slug))}`;
  const personName = fullName(interview.person);
  const minutes = readingMinutes(wordCount(plainText(interview.body)));
  const otherLanguage = translations.find((tr) => tr.locale !== locale);
  const ctaHref = interview.ctaUrl ?? interview.department?.jobsUrl ?? settings.defaultJobsUrl;

  return (
    <article className="interview">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "ProfilePage",
          url,
          headline: interview.title,
          description: interview.teaser,
          inLanguage: locale,
          ...(interview.publishedAt ? { datePublished: interview.publishedAt.toISOString() } : {}),
          mainEntity: {
            "@type": "Person",
            name: interview.person.displayName,
            ...(interview.person.academicTitle ? { honorificPrefix: interview.person.academicTitle } : {}),
            jobTitle: localized(interview.person.jobTitle, locale),
            worksFor: { "@type": "Organization", name: settings.companyName, url: `${config().siteUrl}${pathFor(locale, "/")}` },
            ...(interview.location ? { workLocation: { "@type": "Place", name: localized(interview.location.name, locale) } } : {}),
            ...(interview.portrait ? { image: `${config().siteUrl}/api/media/${interview.portrait.storageKey}` } : {}),
          },
        }}
      />
      <header className="interview-hero">
        <div className="container interview-hero-inner">
          <p className="eyebrow">
            {interview.series ? (
              <Link href={hrefs.series(interview.series.slug)} locale={locale}>
                {t("series", { name: localized(interview.series.name, locale) })}
              </Link>
            ) : (
              t("person")
            )}
          </p>
          <h1 className="interview-title">{interview.title}</h1>
          <p className="interview-teaser">{interview.teaser}</p>
          <p className="interview-meta">
            {interview.publishedAt ? (
              <time dateTime={interview.publishedAt.toISOString()}>
                {t("published", { date: formatLongDate(interview.publishedAt, locale, settings.timeZone) })}
              </time>
            ) : null}
            <span aria-hidden="true"> · </span>
            <span>{t("readingTime", { minutes })}</span>
            {otherLanguage ? (
              <>
                <span aria-hidden="true"> · </span>
                <Link href={hrefs.interview(otherLanguage.slug)} locale={otherLanguage.locale} hrefLang={otherLanguage.locale} lang={otherLanguage.locale}>
                  {t("otherLanguage")}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      </header>

      <div className="container interview-layout">
        <PersonCard interview={interview} locale={locale} />
        <div className="prose">
          <RichText doc={interview.body} labels={{ questionLink: t("questionLink") }} />
          <ShareLinks locale={locale} url={url} title={`${interview.title} · ${personName}`} company={settings.companyName} />
        </div>
      </div>

      {more.length > 0 ? (
        <section className="container section" aria-labelledby="more-heading">
          <h2 id="more-heading" className="section-title">
            {t("more")}
          </h2>
          <CardGrid cards={more} locale={locale} />
          <p className="section-more">
            <Link href="/interviews" locale={locale}>
              {t("back")} →
            </Link>
          </p>
        </section>
      ) : null}

      <JobsCta
        title={t("ctaTitle")}
        text={t("ctaText", { company: settings.companyName })}
        label={interview.ctaLabel ?? t("ctaDefault")}
        href={ctaHref}
      />
    </article>
  );
}
