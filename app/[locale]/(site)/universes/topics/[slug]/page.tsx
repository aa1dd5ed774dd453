import type { CSSProperties } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UniverseIcon } from "@/components/site/universe-icon";
import { TopicList } from "@/components/site/universe-lists";
import { RichText } from "@/lib/content/render";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor, hrefs } from "@/lib/i18n/paths";
import { renderOnDemand } from "../../../../render-on-demand";
import { loadUniverses } from "../../load";

type Params = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = renderOnDemand;

async function loadTopic(locale: string, slug: string) {
  const loaded = await loadUniverses(locale);
  const topic = loaded.topics.find((entry) => entry.slug === slug);
  return topic ? { ...loaded, topic } : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await loadTopic(locale, slug);
  if (!found) return {};
  return { title: localized(found.topic.title, locale), description: localized(found.topic.framing, locale), alternates: alternatesFor(locale, hrefs.topic(slug)) };
}

/**
 * One topic told by every universe, side by side: columns on wide screens, a row to swipe
 * on phones. The columns share their rows (CSS subgrid), so the same point lines up.
 */
export default async function TopicPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = await loadTopic(locale, slug);
  if (!found) notFound();
  const { topic, topics, universeOf } = found;
  const t = await getTranslations({ locale, namespace: "universes" });
  const tInterview = await getTranslations({ locale, namespace: "interview" });
  const columns = topic.stories.flatMap((story) => {
    const universe = universeOf(story.universeId);
    return universe ? [{ story, universe }] : [];
  });
  const others = topics.filter((entry) => entry.id !== topic.id);

  return (
    <article className="topic-page">
      <header className="container topic-head">
        <p className="eyebrow">{t("topicEyebrow", { count: columns.length })}</p>
        <h1 className="hero-title">{localized(topic.title, locale)}</h1>
        <p className="hero-lead">{localized(topic.framing, locale)}</p>
        <nav aria-label={t("jumpTo")}>
          <ul role="list" className="universe-jump">
            {columns.map(({ universe }) => (
              <li key={universe.id} style={{ "--universe": universe.color } as CSSProperties}>
                <a href={`#welt-${universe.slug}`}>{localized(universe.name, locale)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <div className="container">
        <p className="universe-swipe-hint">{t("swipeHint")}</p>
        {/* Focusable, so the row scrolls with the keyboard on phones. */}
        <section className="universe-columns" aria-label={t("columnsLabel")} tabIndex={0} style={{ "--columns": columns.length } as CSSProperties}>
          {columns.map(({ story, universe }) => (
            <article key={universe.id} id={`welt-${universe.slug}`} className="universe-column" aria-labelledby={`story-${universe.slug}`} style={{ "--universe": universe.color } as CSSProperties}>
              <p className="universe-name">
                <UniverseIcon name={universe.icon} size={18} />
                <Link href={hrefs.universe(universe.slug)}>{localized(universe.name, locale)}</Link>
              </p>
              <h2 id={`story-${universe.slug}`}>{story.title}</h2>
              <p className="universe-teaser">{story.teaser}</p>
              <div className="prose">
                <RichText doc={story.body} labels={{ questionLink: tInterview("questionLink") }} />
              </div>
            </article>
          ))}
        </section>
        {topic.closingLine && localized(topic.closingLine, locale) ? <p className="topic-closing">{localized(topic.closingLine, locale)}</p> : null}
        <p className="topic-actions">
          <Link href={hrefs.selfCheck} className="button">
            {t("selfCheckCta")}
          </Link>
        </p>
        {others.length ? (
          <nav aria-labelledby="more-topics" className="section">
            <h2 id="more-topics" className="section-title">
              {t("moreTopics")}
            </h2>
            <TopicList topics={others} locale={locale} />
          </nav>
        ) : null}
      </div>
    </article>
  );
}
