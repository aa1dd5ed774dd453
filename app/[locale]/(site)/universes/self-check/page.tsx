import type { CSSProperties } from "react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UniverseIcon } from "@/components/site/universe-icon";
import { cachedInterviewCards, cachedSettings } from "@/db/queries/public-cached";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor, hrefs, pathFor } from "@/lib/i18n/paths";
import { fullName } from "@/lib/people";
import { scoreSelfCheck } from "@/lib/universes/self-check";
import { loadUniverses } from "../load";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Every combination of answers is its own URL: rendered per request from cached reads.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "universes" });
  // Results are personal and endless in number: only the empty form is worth indexing.
  return { title: t("selfCheckTitle"), alternates: alternatesFor(locale, hrefs.selfCheck) };
}

/**
 * The self-check: a plain GET form, one question per topic, whose answers are the universes'
 * own lines. The result is computed from the URL, so it works without JavaScript, stores
 * nothing, and its address can be shared.
 */
export default async function SelfCheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [{ universes, topics, universeOf, interviewIdsOf }, settings, t, tHome] = await Promise.all([
    loadUniverses(locale),
    cachedSettings(),
    getTranslations({ locale, namespace: "universes" }),
    getTranslations({ locale, namespace: "home" }),
  ]);
  const answers = Object.fromEntries(topics.map((topic) => [topic.slug, typeof query[topic.slug] === "string" ? (query[topic.slug] as string) : undefined]));
  const slugOf = (id: string) => universeOf(id)?.slug ?? "";
  const asked = Object.values(answers).some(Boolean);
  const result = scoreSelfCheck(
    topics.map((topic) => ({ slug: topic.slug, universeSlugs: topic.stories.map((story) => slugOf(story.universeId)) })),
    answers,
  );
  const topicTitle = (slug: string) => localized(topics.find((topic) => topic.slug === slug)?.title, locale);
  const best = universes.filter((universe) => result.best.includes(universe.slug));
  // The interviews of the fitting universes, read once for all of them.
  const interviewIds = best.flatMap((universe) => interviewIdsOf(universe.id));
  const interviews = interviewIds.length ? await cachedInterviewCards({ locale, limit: interviewIds.length, filters: { ids: interviewIds } }) : [];
  const interviewsOf = (universeId: string) => interviewIdsOf(universeId).flatMap((id) => interviews.filter((card) => card.id === id));
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);

  return (
    <>
      <section className="hero hero-compact">
        <div className="container">
          <p className="eyebrow">
            <Link href={hrefs.universes}>{t("eyebrow")}</Link>
          </p>
          <h1 className="hero-title">{t("selfCheckTitle")}</h1>
          <p className="hero-lead">{t("selfCheckIntro")}</p>
        </div>
      </section>

      {asked ? (
        <section className="container section self-check-result" aria-labelledby="result-heading" id="ergebnis">
          <h2 id="result-heading" className="section-title">
            {t("resultTitle")}
          </h2>
          {best.length === 0 ? (
            <p>{t("resultNone")}</p>
          ) : (
            <>
              <p className="self-check-verdict">{best.length === 1 ? t("resultOne", { name: localized(best[0]!.name, locale) }) : t("resultTie", { names: list(best.map((universe) => `„${localized(universe.name, locale)}“`)) })}</p>
              <ul role="list" className="universe-grid">
                {best.map((universe) => {
                  const why = result.chosenFor[universe.slug] ?? [];
                  const name = localized(universe.name, locale);
                  const people = interviewsOf(universe.id);
                  return (
                    <li key={universe.id} className="universe-card" style={{ "--universe": universe.color } as CSSProperties}>
                      <UniverseIcon name={universe.icon} size={28} />
                      <h3>{name}</h3>
                      <p>{localized(universe.description, locale)}</p>
                      <p>{t("resultWhy", { count: why.length, topics: list(why.map(topicTitle)) })}</p>
                      {people.length ? (
                        <div className="result-people">
                          <h4>{t("resultPeople", { name })}</h4>
                          <ul role="list">
                            {people.map((card) => (
                              <li key={card.id}>
                                <Link href={hrefs.interview(card.slug)}>{card.title}</Link>
                                <span>
                                  {fullName(card.person)}, {localized(card.person.jobTitle, locale)}
                                </span>
                              </li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                      <p>
                        <Link href={hrefs.universe(universe.slug)}>{t("resultUniverse", { name })} →</Link>
                      </p>
                    </li>
                  );
                })}
              </ul>
              <p className="muted">{t("resultShare")}</p>
              <p className="topic-actions">
                <a className="button" href={settings.defaultJobsUrl}>
                  {tHome("ctaButton")}
                </a>
                <Link href={hrefs.selfCheck} className="button button-secondary">
                  {t("resultAgain")}
                </Link>
              </p>
            </>
          )}
        </section>
      ) : null}

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
    </>
  );
}
