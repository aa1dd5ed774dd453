import type { CSSProperties } from "react";
import type { Topic, UniverseWithImage } from "@/modules/universes";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";
import { UniverseIcon } from "./universe-icon";
import { UniversePicture } from "./universe-picture";

/** The work universes as cards in their own colours (with their picture, when they have one), each leading to its page. */
export function UniverseCards({
  universes,
  locale,
}: {
  universes: Pick<UniverseWithImage, "id" | "slug" | "name" | "description" | "color" | "icon" | "image">[];
  locale: string;
}) {
  return (
    <ul role="list" className="universe-grid">
      {universes.map((universe) => (
        <li
          key={universe.id}
          className={universe.image ? "universe-card universe-card-pictured" : "universe-card"}
          style={{ "--universe": universe.color } as CSSProperties}
        >
          {universe.image ? (
            <UniversePicture image={universe.image} className="universe-card-image" sizes="(min-width: 70rem) 20rem, (min-width: 40rem) 45vw, 100vw" />
          ) : null}
          <UniverseIcon name={universe.icon} size={28} />
          <h3>
            <Link href={hrefs.universe(universe.slug)} locale={locale}>
              {localized(universe.name, locale)}
            </Link>
          </h3>
          <p>{localized(universe.description, locale)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Topics as a list: each title leads to the page with every universe side by side. */
export function TopicList({ topics, locale }: { topics: Pick<Topic, "id" | "slug" | "title" | "framing">[]; locale: string }) {
  return (
    <ul role="list" className="topic-list">
      {topics.map((topic) => (
        <li key={topic.id}>
          <h3>
            <Link href={hrefs.topic(topic.slug)} locale={locale}>
              {localized(topic.title, locale)}
            </Link>
          </h3>
          <p>{localized(topic.framing, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
