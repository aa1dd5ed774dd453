import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TopicColumns } from "@/components/site/topic-columns";
import { TopicList } from "@/components/site/universe-lists";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor, hrefs } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
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
  // Alternates only where the topic is told: a topic may be released in one language only.
  const toldIn = await Promise.all(routing.locales.map(async (code) => ((await loadTopic(code, slug)) ? [code] : [])));
  return {
    title: localized(found.topic.title, locale),
    description: localized(found.topic.framing, locale),
    alternates: alternatesFor(locale, hrefs.topic(slug), toldIn.flat()),
  };
}

/**
 * One topic told by every universe, side by side (components/site/topic-columns.tsx), with
 * the way to the self-check and the other topics.
 */
export default async function TopicPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = await loadTopic(locale, slug);
  if (!found) notFound();
  const { topic, topics, universeOf } = found;
  const t = await getTranslations({ locale, namespace: "universes" });
  const columns = topic.stories.flatMap((story) => {
    const universe = universeOf(story.universeId);
    return universe ? [{ story, universe }] : [];
  });
  const others = topics.filter((entry) => entry.id !== topic.id);

  return (
    <article className="topic-page">
      <TopicColumns topic={topic} columns={columns} locale={locale} />
      <div className="container">
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
