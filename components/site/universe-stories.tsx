import { getTranslations } from "next-intl/server";
import type { ReleasedTopic, TopicStory } from "@/modules/universes";
import { RichText } from "@/lib/content/render";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";
import { StoryLead } from "./story-lead";

export type ToldStory = { topic: Pick<ReleasedTopic, "id" | "slug" | "title">; story: TopicStory };

/** A universe's page: how it tells each released topic, each leading to the topic with every universe side by side. */
export async function UniverseStories({ told, locale }: { told: ToldStory[]; locale: string }) {
  const [t, tInterview] = await Promise.all([getTranslations({ locale, namespace: "universes" }), getTranslations({ locale, namespace: "interview" })]);
  return (
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
  );
}
