import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { setRequestLocale } from "next-intl/server";
import { InterviewArticle } from "@/components/site/interview-article";
import { cachedInterview, cachedInterviewCards, cachedRedirect, cachedSettings, cachedTranslations } from "@/modules/public-site";
import { permanentRedirect } from "@/lib/i18n/navigation";
import { hrefs, pathFor } from "@/lib/i18n/paths";
import { renderOnDemand } from "../../../render-on-demand";
import { openJobsFor } from "../../open-jobs";

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
  const [settings, translations, neighbours, jobs] = await Promise.all([
    cachedSettings(),
    loadTranslations(interview.translationGroupId),
    related ? cachedInterviewCards({ locale, limit: MORE + 1, filters: related }) : Promise.resolve([]),
    openJobsFor(locale, interview.department),
  ]);
  const more = neighbours.filter((card) => card.id !== interview.id).slice(0, MORE);
  return <InterviewArticle interview={interview} locale={locale} settings={settings} translations={translations} more={more} jobs={jobs} />;
}
