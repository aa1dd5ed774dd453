import type { InterviewCard as Card } from "@/modules/public-site";
import { InterviewCard } from "./interview-card";

/** Interview cards in a responsive grid; used by home, index, series, departments and "more colleagues". */
export function CardGrid({ cards, locale, headingLevel = 3 }: { cards: Card[]; locale: string; headingLevel?: 2 | 3 }) {
  return (
    <ul className="card-grid" role="list">
      {cards.map((card) => (
        <li key={card.id}>
          <InterviewCard card={card} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
