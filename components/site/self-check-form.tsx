import { getTranslations } from "next-intl/server";
import type { PublicStory, ReleasedTopic } from "@/modules/universes";
import { localized } from "@/lib/i18n/localized";
import { hrefs, pathFor } from "@/lib/i18n/paths";

type Props = {
  topics: (Pick<ReleasedTopic, "id" | "slug" | "title" | "framing"> & { stories: Pick<PublicStory, "universeId" | "teaser">[] })[];
  /** The universe chosen per topic slug, from the address. */
  answers: Record<string, string | undefined>;
  slugOf: (universeId: string) => string;
  locale: string;
};

/**
 * The self-check's questions: one per topic, whose answers are the universes' own lines.
 * A plain GET form that lands on the result, so it works without JavaScript.
 */
export async function SelfCheckForm({ topics, answers, slugOf, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "universes" });
  return (
    <section className="container section" aria-label={t("selfCheckTitle")}>
      {topics.length === 0 ? (
        <p className="empty-state">{t("selfCheckEmpty")}</p>
      ) : (
        <form method="get" action={`${pathFor(locale, hrefs.selfCheck)}#ergebnis`} className="self-check-form">
          {topics.map((topic) => (
            <fieldset key={topic.id} className="self-check-topic">
              <legend>
                <span className="self-check-topic-title">{localized(topic.title, locale)}</span> {localized(topic.framing, locale)}
              </legend>
              {topic.stories.map((story) => (
                <label key={story.universeId} className="self-check-option">
                  <input type="radio" name={topic.slug} value={slugOf(story.universeId)} defaultChecked={answers[topic.slug] === slugOf(story.universeId)} />
                  <span>{story.teaser}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <p>
            <button type="submit" className="button">
              {t("selfCheckSubmit")}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
