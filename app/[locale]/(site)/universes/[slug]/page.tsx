import type { CSSProperties } from "react";
import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CardGrid } from "@/components/site/card-grid";
import { JobsCta } from "@/components/site/jobs-cta";
import { StoryLead } from "@/components/site/story-lead";
import { UniverseIcon } from "@/components/site/universe-icon";
import { cachedInterviewCards, cachedSettings } from "@/db/queries/public-cached";
import { RichText } from "@/lib/content/render";
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
  return { title: localized(found.universe.name, locale), description: localized(found.universe.description, locale), alternates: alternatesFor(locale, hrefs.universe(slug)) };
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
  const [settings, related, t, tHome, tInterview] = await Promise.all([
    cachedSettings(),
    interviewIds.length ? cachedInterviewCards({ locale, limit: 6, filters: { ids: interviewIds } }) : [],
    getTranslations({ locale, namespace: "universes" }),
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "interview" }),
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
          {/* Decoration beside the name and description, which say what it is. */}
          {universe.image ? <Image className="universe-hero-image" src={universe.image.src} alt="" width={universe.image.width} height={universe.image.height} sizes="(min-width: 60rem) 28rem, 100vw" priority /> : null}
        </div>
      </section>
      <div className="container section universe-body">
        <section className="universe-stories" aria-labelledby="stories-heading">
          <h2 id="stories-heading" className="section-title">
            {t("storiesTitle")}
          </h2>
          {told.length === 0 ? <p className="empty-state">{t("noStories")}</p> : null}
          {told.map(({ topic, story }) => (
            <article key={topic.id} className="universe-story" aria-labelledby={`topic-${topic.slug}`}>
              <p className="eyebrow" id={`topic-${topic.slug}`}>
                {localized(topic.title, locale)}
              </p>
              <h3>{story.title}</h3>
              <StoryLead teaser={story.teaser} teller={story.teller} />
              <div className="prose">
                <RichText doc={story.body} labels={{ questionLink: tInterview("questionLink") }} />
              </div>
              <p>
                <Link href={hrefs.topic(topic.slug)}>{t("compare")} →</Link>
              </p>
            </article>
          ))}
        </section>
        <aside className="universe-aside" aria-label={t("asideLabel", { name })}>
          {related.length ? (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading" className="aside-title">
                {t("relatedTitle")}
              </h2>
              <CardGrid cards={related} locale={locale} />
            </section>
          ) : null}
          <section className="aside-box" aria-labelledby="fit-heading">
            <h2 id="fit-heading" className="aside-title">
              {t("fitTitle", { name })}
            </h2>
            <p>{t("fitText")}</p>
            <Link href={hrefs.selfCheck} className="button button-small">
              {t("selfCheckCta")}
            </Link>
          </section>
          {others.length ? (
            <nav aria-labelledby="others-heading">
              <h2 id="others-heading" className="aside-title">
                {t("othersTitle")}
              </h2>
              <ul role="list" className="universe-others">
                {others.map((other) => (
                  <li key={other.id} style={{ "--universe": other.color } as CSSProperties}>
                    <UniverseIcon name={other.icon} size={20} />
                    <Link href={hrefs.universe(other.slug)}>{localized(other.name, locale)}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </aside>
      </div>
      <JobsCta title={tHome("ctaTitle")} text={tHome("ctaText")} label={tHome("ctaButton")} href={settings.defaultJobsUrl} jobs={jobs} />
    </div>
  );
}
