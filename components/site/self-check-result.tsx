import type { CSSProperties } from "react";
import { getTranslations } from "next-intl/server";
import type { InterviewCard } from "@/modules/public-site";
import { fullName } from "@/modules/people";
import type { Universe } from "@/modules/universes";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";
import { UniverseIcon } from "./universe-icon";

/** A universe that fits the answers: why (the titles of the topics it was chosen for) and the interviews of its people. */
export type SelfCheckMatch = { universe: Pick<Universe, "id" | "slug" | "name" | "description" | "color" | "icon">; why: string[]; people: InterviewCard[] };

type Props = { matches: SelfCheckMatch[]; jobsUrl: string; locale: string };

/** The self-check's result: the fitting universes (several on a tie), or a word that none stands out. */
export async function SelfCheckResult({ matches, jobsUrl, locale }: Props) {
  const [t, tHome] = await Promise.all([getTranslations({ locale, namespace: "universes" }), getTranslations({ locale, namespace: "home" })]);
  return (
    <section className="container section self-check-result" aria-labelledby="result-heading" id="ergebnis">
      <h2 id="result-heading" className="section-title">
        {t("resultTitle")}
      </h2>
      {matches.length === 0 ? (
        <p>{t("resultNone")}</p>
      ) : (
        <>
          <p className="self-check-verdict">
            {matches.length === 1
              ? t("resultOne", { name: localized(matches[0]!.universe.name, locale) })
              : t("resultTie", {
                  names: listed(
                    matches.map(({ universe }) => `„${localized(universe.name, locale)}“`),
                    locale,
                  ),
                })}
          </p>
          <ul role="list" className="universe-grid">
            {matches.map((match) => (
              <MatchCard key={match.universe.id} match={match} locale={locale} />
            ))}
          </ul>
          <p className="muted">{t("resultShare")}</p>
          <p className="topic-actions">
            <a className="button" href={jobsUrl}>
              {tHome("ctaButton")}
            </a>
            <Link href={hrefs.selfCheck} className="button button-secondary">
              {t("resultAgain")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** One fitting universe: what it is, why it fits, its people's interviews and the way to its page. */
async function MatchCard({ match: { universe, why, people }, locale }: { match: SelfCheckMatch; locale: string }) {
  const t = await getTranslations({ locale, namespace: "universes" });
  const name = localized(universe.name, locale);
  return (
    <li className="universe-card" style={{ "--universe": universe.color } as CSSProperties}>
      <UniverseIcon name={universe.icon} size={28} />
      <h3>{name}</h3>
      <p>{localized(universe.description, locale)}</p>
      <p>{t("resultWhy", { count: why.length, topics: listed(why, locale) })}</p>
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
}

/** "A, B and C" in the reader's language. */
function listed(items: string[], locale: string) {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}
