import type { CSSProperties } from "react";
import { getTranslations } from "next-intl/server";
import type { Teller, Topic, Universe } from "@/modules/universes";
import type { TiptapDoc } from "@/lib/content/schema";
import { RichText } from "@/lib/content/render";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";
import { StoryLead } from "./story-lead";
import { UniverseIcon } from "./universe-icon";

export type TopicColumn = {
  universe: Pick<Universe, "id" | "slug" | "name" | "color" | "icon">;
  story: { title: string; teaser: string; body: TiptapDoc; teller?: Teller | null };
};

/**
 * One topic told by every universe, side by side: columns on wide screens, a row to swipe
 * on phones. The columns share their rows (CSS subgrid), so the same point lines up. The
 * public topic page and the studio's preview of a topic both render this.
 */
export async function TopicColumns({
  topic,
  columns,
  locale,
}: {
  topic: Pick<Topic, "title" | "framing" | "closingLine">;
  columns: TopicColumn[];
  locale: string;
}) {
  const [t, tInterview] = await Promise.all([getTranslations({ locale, namespace: "universes" }), getTranslations({ locale, namespace: "interview" })]);
  // One story alone (a shared preview of it) needs no jumping or swiping: it reads like an article.
  const single = columns.length === 1;
  return (
    <>
      <header className="container topic-head">
        <p className="eyebrow">{single ? t("storyEyebrow") : t("topicEyebrow", { count: columns.length })}</p>
        <h1 className="hero-title">{localized(topic.title, locale)}</h1>
        <p className="hero-lead">{localized(topic.framing, locale)}</p>
        {single ? null : (
          <nav aria-label={t("jumpTo")}>
            <ul role="list" className="universe-jump">
              {columns.map(({ universe }) => (
                <li key={universe.id} style={{ "--universe": universe.color } as CSSProperties}>
                  <a href={`#welt-${universe.slug}`}>{localized(universe.name, locale)}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <div className="container">
        {single ? null : <p className="universe-swipe-hint">{t("swipeHint")}</p>}
        {/* Focusable, so the row scrolls with the keyboard on phones. */}
        <section
          className={single ? "universe-columns universe-columns-single" : "universe-columns"}
          aria-label={t("columnsLabel")}
          tabIndex={single ? undefined : 0}
          style={{ "--columns": columns.length } as CSSProperties}
        >
          {columns.map(({ story, universe }) => (
            <article
              key={universe.id}
              id={`welt-${universe.slug}`}
              className="universe-column"
              aria-labelledby={`story-${universe.slug}`}
              style={{ "--universe": universe.color } as CSSProperties}
            >
              <p className="universe-name">
                <UniverseIcon name={universe.icon} size={18} />
                <Link href={hrefs.universe(universe.slug)} locale={locale}>
                  {localized(universe.name, locale)}
                </Link>
              </p>
              <h2 id={`story-${universe.slug}`}>{story.title}</h2>
              <StoryLead teaser={story.teaser} teller={story.teller} />
              <div className="prose">
                <RichText doc={story.body} labels={{ questionLink: tInterview("questionLink") }} />
              </div>
            </article>
          ))}
        </section>
        {topic.closingLine && localized(topic.closingLine, locale) ? <p className="topic-closing">{localized(topic.closingLine, locale)}</p> : null}
      </div>
    </>
  );
}
