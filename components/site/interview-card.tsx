import type { InterviewCard as Card } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { hrefs } from "@/lib/i18n/paths";
import { Portrait } from "./portrait";
import { fullName } from "@/modules/people";

export function InterviewCard({ card, locale, headingLevel = 3 }: { card: Card; locale: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const name = fullName(card.person);
  return (
    <article className="card">
      <Portrait portrait={card.portrait} locale={locale} sizes="(min-width: 1100px) 340px, (min-width: 700px) 45vw, 90vw" className="card-portrait" />
      <div className="card-body">
        {card.department ? <p className="eyebrow">{localized(card.department.name, locale)}</p> : null}
        <Heading className="card-title">
          <Link href={hrefs.interview(card.slug)} locale={locale} className="card-link">
            {card.title}
          </Link>
        </Heading>
        <p className="card-person">
          {name} · {localized(card.person.jobTitle, locale)}
        </p>
        <p className="card-teaser">{card.teaser}</p>
      </div>
    </article>
  );
}
