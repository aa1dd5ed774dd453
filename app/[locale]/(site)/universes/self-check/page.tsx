import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SelfCheckForm } from "@/components/site/self-check-form";
import { SelfCheckResult } from "@/components/site/self-check-result";
import { cachedInterviewCards, cachedSettings } from "@/modules/public-site";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor, hrefs } from "@/lib/i18n/paths";
import { scoreSelfCheck } from "@/modules/universes";
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
  const [{ universes, topics, universeOf, interviewIdsOf }, settings, t] = await Promise.all([
    loadUniverses(locale),
    cachedSettings(),
    getTranslations({ locale, namespace: "universes" }),
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
  const matches = best.map((universe) => ({
    universe,
    why: (result.chosenFor[universe.slug] ?? []).map(topicTitle),
    people: interviewIdsOf(universe.id).flatMap((id) => interviews.filter((card) => card.id === id)),
  }));

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

      {asked ? <SelfCheckResult matches={matches} jobsUrl={settings.defaultJobsUrl} locale={locale} /> : null}

      <SelfCheckForm topics={topics} answers={answers} slugOf={slugOf} locale={locale} />
    </>
  );
}
