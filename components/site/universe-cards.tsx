import type { CSSProperties } from "react";
import type { Universe } from "@/db/queries/universes";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";

/** The work universes as cards in their own colours, each leading to its page. */
export function UniverseCards({ universes, locale }: { universes: Pick<Universe, "id" | "slug" | "name" | "description" | "color">[]; locale: string }) {
  return (
    <ul role="list" className="universe-grid">
      {universes.map((universe) => (
        <li key={universe.id} className="universe-card" style={{ "--universe": universe.color } as CSSProperties}>
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
