import type { InterviewCard } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { hrefs } from "@/lib/i18n/paths";
import { Portrait } from "./portrait";
import { fullName } from "@/modules/people";

export function FeaturedInterview({ card, locale, readLabel }: { card: InterviewCard; locale: string; readLabel: string }) {
  const name = fullName(card.person);
  return (
    <article className="featured">
      <Portrait portrait={card.portrait} locale={locale} sizes="(min-width: 900px) 480px, 100vw" className="featured-portrait" priority />
      <div className="featured-body">
        {card.series ? <p className="eyebrow">{localized(card.series.name, locale)}</p> : null}
        <h3 className="featured-title">{card.title}</h3>
        <p className="featured-person">
          {name} · {localized(card.person.jobTitle, locale)}
        </p>
        <p className="featured-teaser">{card.teaser}</p>
        <Link href={hrefs.interview(card.slug)} locale={locale} className="button">
          {readLabel}
          <span className="visually-hidden">: {card.title}</span>
        </Link>
      </div>
    </article>
  );
}
