import type { CSSProperties } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JobsCta } from "@/components/site/jobs-cta";
import { UniverseAside } from "@/components/site/universe-aside";
import { UniverseIcon } from "@/components/site/universe-icon";
import { UniversePicture } from "@/components/site/universe-picture";
import { UniverseStories } from "@/components/site/universe-stories";
import { cachedInterviewCards, cachedSettings } from "@/modules/public-site";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor, hrefs } from "@/lib/i18n/paths";
import { renderOnDemand } from "../../../render-on-demand";
import { openJobsFor } from "../../open-jobs";
import { loadUniverses } from "../load";

type Params = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = renderOnDemand;

async function loadUniverse(locale: string, slug: string) {
  const loaded = await loadUniverses(locale);
  const universe = loaded.universes.find((entry) => entry.slug === slug);
  if (!universe) return null;
  const told = loaded.topics.flatMap((topic) => topic.stories.filter((story) => story.universeId === universe.id).map((story) => ({ topic, story })));
  return { universe, told, others: loaded.universes.filter((entry) => entry.id !== universe.id), interviewIds: loaded.interviewIdsOf(universe.id) };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await loadUniverse(locale, slug);
  if (!found) return {};
  return {
    title: localized(found.universe.name, locale),
    description: localized(found.universe.description, locale),
    alternates: alternatesFor(locale, hrefs.universe(slug)),
  };
}

/**
 * One work universe: what it is and how it tells every topic; beside that, the people who
 * work in it, the way to the self-check and the other universes.
 */
export default async function UniversePage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = await loadUniverse(locale, slug);
  if (!found) notFound();
  const { universe, told, others, interviewIds } = found;
  const name = localized(universe.name, locale);
  const [settings, related, t, tHome] = await Promise.all([
    cachedSettings(),
    interviewIds.length ? cachedInterviewCards({ locale, limit: 6, filters: { ids: interviewIds } }) : [],
    getTranslations({ locale, namespace: "universes" }),
    getTranslations({ locale, namespace: "home" }),
  ]);
  // The jobs of the department its people work in come first.
  const jobs = await openJobsFor(locale, related[0]?.department);
  return (
    <div style={{ "--universe": universe.color } as CSSProperties}>
      <section className="hero hero-compact universe-hero">
        <div className={universe.image ? "container universe-hero-pictured" : "container"}>
          <div>
            <p className="eyebrow">
              <Link href={hrefs.universes}>{t("universeEyebrow")}</Link>
            </p>
            <h1 className="hero-title">
              <UniverseIcon name={universe.icon} size={44} /> {name}
            </h1>
            <p className="hero-lead">{localized(universe.description, locale)}</p>
          </div>
          {universe.image ? <UniversePicture image={universe.image} className="universe-hero-image" sizes="(min-width: 60rem) 28rem, 100vw" priority /> : null}
        </div>
      </section>
      <div className="container section universe-body">
        <UniverseStories told={told} locale={locale} />
        <UniverseAside name={name} related={related} others={others} locale={locale} />
      </div>
      <JobsCta title={tHome("ctaTitle")} text={tHome("ctaText")} label={tHome("ctaButton")} href={settings.defaultJobsUrl} jobs={jobs} />
    </div>
  );
}
