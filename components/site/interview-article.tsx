import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { InterviewCard, InterviewDetail } from "@/modules/public-site";
import type { Settings } from "@/modules/site";
import { config } from "@/lib/config";
import { RichText } from "@/lib/content/render";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { hrefs, pathFor } from "@/lib/i18n/paths";
import { fullName } from "@/modules/people";
import { CardGrid } from "./card-grid";
import { InterviewHero } from "./interview-hero";
import { JobsCta, type OpenJobs } from "./jobs-cta";
import { JsonLd } from "./json-ld";
import { PersonCard } from "./person-card";
import { ShareLinks } from "./share-links";

type Props = {
  interview: InterviewDetail;
  locale: string;
  settings: Settings;
  /** Live versions of the interview in other languages. */
  translations: { locale: string; slug: string }[];
  /** "More colleagues": the same series, else the same department. */
  more: InterviewCard[];
  /** The open jobs its call to action lists (none in the studio's preview). */
  jobs?: OpenJobs | null;
  /** Above the article, e.g. the studio preview's banner. */
  banner?: ReactNode;
};

/**
 * An interview as applicants read it: hero, person card, questions and answers, share
 * links, more colleagues and the call to action. The public page and the studio's
 * full-page preview both render this, so HR sees exactly what applicants will see.
 */
export async function InterviewArticle({ interview, locale, settings, translations, more, jobs, banner }: Props) {
  const t = await getTranslations({ locale, namespace: "interview" });
  const url = `${config().siteUrl}${pathFor(locale, hrefs.interview(interview.slug))}`;
  const personName = fullName(interview.person);
  const ctaHref = interview.ctaUrl ?? interview.department?.jobsUrl ?? settings.defaultJobsUrl;

  return (
    <article className="interview">
      {banner}
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "ProfilePage",
          url,
          headline: interview.title,
          description: interview.teaser,
          inLanguage: locale,
          ...(interview.publishedAt ? { datePublished: interview.publishedAt.toISOString() } : {}),
          mainEntity: {
            "@type": "Person",
            name: interview.person.displayName,
            ...(interview.person.academicTitle ? { honorificPrefix: interview.person.academicTitle } : {}),
            jobTitle: localized(interview.person.jobTitle, locale),
            worksFor: { "@type": "Organization", name: settings.companyName, url: `${config().siteUrl}${pathFor(locale, "/")}` },
            ...(interview.location ? { workLocation: { "@type": "Place", name: localized(interview.location.name, locale) } } : {}),
            ...(interview.portrait ? { image: `${config().siteUrl}/api/media/${interview.portrait.storageKey}` } : {}),
          },
        }}
      />
      <InterviewHero interview={interview} locale={locale} timeZone={settings.timeZone} translations={translations} />

      <div className="container interview-layout">
        <PersonCard interview={interview} locale={locale} />
        <div className="prose">
          <RichText doc={interview.body} labels={{ questionLink: t("questionLink") }} />
          <ShareLinks locale={locale} url={url} title={`${interview.title} · ${personName}`} company={settings.companyName} />
        </div>
      </div>

      {more.length > 0 ? (
        <section className="container section" aria-labelledby="more-heading">
          <h2 id="more-heading" className="section-title">
            {t("more")}
          </h2>
          <CardGrid cards={more} locale={locale} />
          <p className="section-more">
            <Link href="/interviews" locale={locale}>
              {t("back")} →
            </Link>
          </p>
        </section>
      ) : null}

      <JobsCta
        title={t("ctaTitle")}
        text={t("ctaText", { company: settings.companyName })}
        label={interview.ctaLabel ?? t("ctaDefault")}
        href={ctaHref}
        jobs={jobs}
      />
    </article>
  );
}
