import type { CSSProperties } from "react";
import { getTranslations } from "next-intl/server";
import type { InterviewCard } from "@/modules/public-site";
import type { Universe } from "@/modules/universes";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";
import { CardGrid } from "./card-grid";
import { UniverseIcon } from "./universe-icon";

type Props = {
  /** The universe's name, in the reader's language. */
  name: string;
  /** Interviews of the people who work in it. */
  related: InterviewCard[];
  others: Pick<Universe, "id" | "slug" | "name" | "color" | "icon">[];
  locale: string;
};

/** Beside a universe's stories: its people's interviews, the way to the self-check and the other universes. */
export async function UniverseAside({ name, related, others, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "universes" });
  return (
    <aside className="universe-aside" aria-label={t("asideLabel", { name })}>
      {related.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="aside-title">
            {t("relatedTitle")}
          </h2>
          <CardGrid cards={related} locale={locale} />
        </section>
      ) : null}
      <section className="aside-box" aria-labelledby="fit-heading">
        <h2 id="fit-heading" className="aside-title">
          {t("fitTitle", { name })}
        </h2>
        <p>{t("fitText")}</p>
        <Link href={hrefs.selfCheck} className="button button-small">
          {t("selfCheckCta")}
        </Link>
      </section>
      {others.length ? (
        <nav aria-labelledby="others-heading">
          <h2 id="others-heading" className="aside-title">
            {t("othersTitle")}
          </h2>
          <ul role="list" className="universe-others">
            {others.map((other) => (
              <li key={other.id} style={{ "--universe": other.color } as CSSProperties}>
                <UniverseIcon name={other.icon} size={20} />
                <Link href={hrefs.universe(other.slug)}>{localized(other.name, locale)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </aside>
  );
}
