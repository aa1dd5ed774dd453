import { getTranslations } from "next-intl/server";
import type { InterviewCard as Card } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";
import { CardGrid } from "./card-grid";
import { JobsCta, type OpenJobs } from "./jobs-cta";

/** A series or department: its name and description, its stories, and the way to its jobs. */
export async function TaxonomyPage({
  locale,
  kind,
  name,
  description,
  cards,
  total,
  indexQuery,
  jobs,
}: {
  locale: string;
  kind: "series" | "department";
  name: string;
  description?: string;
  cards: Card[];
  total: number;
  indexQuery: Record<string, string>;
  jobs: { href: string; open: OpenJobs | null };
}) {
  const t = await getTranslations({ locale, namespace: "taxonomy" });
  return (
    <>
      <header className="container section taxonomy-header">
        <p className="eyebrow">{t(kind)}</p>
        <h1 className="page-title">{name}</h1>
        {description ? <p className="hero-lead">{description}</p> : null}
        <p className="results-count">{t("stories", { count: total })}</p>
      </header>
      <section className="container section" aria-label={name}>
        <CardGrid cards={cards} locale={locale} headingLevel={2} />
        {total > cards.length ? (
          <p className="section-more">
            <Link href={{ pathname: "/interviews", query: indexQuery }} locale={locale}>
              {t("more", { count: total })} →
            </Link>
          </p>
        ) : null}
      </section>
      <JobsCta title={t("jobsTitle", { name })} text={t("jobsText")} label={t("jobsButton")} href={jobs.href} jobs={jobs.open} />
    </>
  );
}
