import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JobsCta } from "@/components/site/jobs-cta";
import { TopicList, UniverseCards } from "@/components/site/universe-lists";
import { cachedSettings } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";
import { alternatesFor, hrefs } from "@/lib/i18n/paths";
import { renderOnDemand } from "../../render-on-demand";
import { openJobsFor } from "../open-jobs";
import { loadUniverses } from "./load";

type Params = { params: Promise<{ locale: string }> };

export const generateStaticParams = renderOnDemand;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const [settings, t] = await Promise.all([cachedSettings(), getTranslations({ locale, namespace: "universes" })]);
  return { title: t("title"), description: t("metaDescription", { company: settings.companyName }), alternates: alternatesFor(locale, hrefs.universes) };
}

/** The work universes: who they are, the topics they tell side by side, and the self-check. */
export default async function UniversesPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ universes, topics }, settings, t, tHome, jobs] = await Promise.all([
    loadUniverses(locale),
    cachedSettings(),
    getTranslations({ locale, namespace: "universes" }),
    getTranslations({ locale, namespace: "home" }),
    openJobsFor(locale),
  ]);
  return (
    <>
      <section className="hero hero-compact">
        <div className="container">
          <p className="eyebrow">{t("eyebrow")}</p>
          <h1 className="hero-title">{t("title")}</h1>
          <p className="hero-lead">{t("intro")}</p>
          {topics.length ? (
            <p>
              <Link href={hrefs.selfCheck} className="button">
                {t("selfCheckCta")}
              </Link>
            </p>
          ) : null}
        </div>
      </section>

      <section className="container section" aria-labelledby="universes-heading">
        <h2 id="universes-heading" className="section-title">
          {t("universesTitle")}
        </h2>
        <UniverseCards universes={universes} locale={locale} />
      </section>

      <section className="container section" aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="section-title">
          {t("topicsTitle")}
        </h2>
        {topics.length ? <TopicList topics={topics} locale={locale} /> : <p className="empty-state">{t("noTopics")}</p>}
      </section>

      <JobsCta title={tHome("ctaTitle")} text={tHome("ctaText")} label={tHome("ctaButton")} href={settings.defaultJobsUrl} jobs={jobs} />
    </>
  );
}
