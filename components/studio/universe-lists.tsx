import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Topic, Universe } from "@/modules/universes";
import { localized } from "@/lib/i18n/localized";

/** The active universes with their colour and description; names lead to their form for those who manage them. */
export async function UniverseList({
  universes,
  canManage,
  ui,
}: {
  universes: Pick<Universe, "id" | "name" | "description" | "color">[];
  canManage: boolean;
  ui: string;
}) {
  const t = await getTranslations("studio.universes");
  return (
    <section className="panel" aria-labelledby="universe-list-heading">
      <h2 id="universe-list-heading">{t("universes")}</h2>
      <ul role="list" className="recent-list">
        {universes.map((universe) => (
          <li key={universe.id}>
            <span className="universe-dot" style={{ background: universe.color }} aria-hidden="true" />
            {canManage ? (
              <Link href={`/studio/universes/worlds/${universe.id}`}>{localized(universe.name, ui)}</Link>
            ) : (
              <strong>{localized(universe.name, ui)}</strong>
            )}
            <span className="muted">{localized(universe.description, ui)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Archived universes and topics, each leading to its form, where it can be brought back. Nothing when none is archived. */
export async function ArchivedList({
  universes,
  topics,
  ui,
}: {
  universes: Pick<Universe, "id" | "name">[];
  topics: Pick<Topic, "id" | "title">[];
  ui: string;
}) {
  const t = await getTranslations("studio.universes");
  if (!universes.length && !topics.length) return null;
  const groups = [
    {
      label: t("archivedUniverses"),
      kind: t("kindUniverse"),
      entries: universes.map((universe) => ({ id: universe.id, href: `/studio/universes/worlds/${universe.id}`, name: localized(universe.name, ui) })),
    },
    {
      label: t("archivedTopics"),
      kind: t("kindTopic"),
      entries: topics.map((topic) => ({ id: topic.id, href: `/studio/universes/topics/${topic.id}`, name: localized(topic.title, ui) })),
    },
  ];
  return (
    <section className="panel" aria-labelledby="archived-heading">
      <h2 id="archived-heading">{t("archivedTitle")}</h2>
      <p className="muted">{t("archivedIntro")}</p>
      {groups
        .filter((group) => group.entries.length)
        .map((group) => (
          <ul key={group.label} role="list" className="recent-list" aria-label={group.label}>
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <Link href={entry.href}>{entry.name}</Link>
                <span className="muted">{group.kind}</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
