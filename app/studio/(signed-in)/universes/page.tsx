import type { CSSProperties } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { PageHead } from "@/components/studio/page-head";
import { StatusBadge } from "@/components/studio/status-badge";
import { StudioTable } from "@/components/studio/studio-table";
import { OpenStoryButton, ReleaseTopicButton } from "@/components/studio/universe-buttons";
import { getSiteSettings } from "@/db/queries/settings";
import { listTopics, listUniverses, storiesOfLocale } from "@/db/queries/universes";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { localized } from "@/lib/i18n/localized";
import { isLocale, routing } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";
import { topicGate } from "@/lib/universes/gate";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.universes"))("title") };
}

/**
 * Work universes in the studio: the matrix of topics × universes with each story's state,
 * what holds a topic back, and its release as a whole; the universes and topics themselves.
 */
export default async function UniversesStudioPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "interview.read")) return <Forbidden what="interviews" />;
  const asked = (await searchParams).sprache;
  const language = typeof asked === "string" && isLocale(asked) ? asked : routing.defaultLocale;
  const [universes, topics, archivedUniverses, archivedTopics, stories, settings, ui, t, states] = await Promise.all([
    listUniverses(),
    listTopics(),
    listUniverses(undefined, "archived"),
    listTopics(undefined, "archived"),
    storiesOfLocale(language),
    getSiteSettings(),
    studioLocale(),
    getTranslations("studio.universes"),
    getTranslations("studio.interviews.states"),
  ]);
  const canWrite = can(user, "interview.edit");
  const canManage = can(user, "taxonomy.manage");
  const canRelease = can(user, "interview.publish");
  const storyOf = (topicId: string, universeId: string) => stories.find((story) => story.topicId === topicId && story.universeId === universeId);

  return (
    <>
      <PageHead
        title={t("title")}
        intro={t("intro")}
        action={
          canManage ? (
            <p className="page-head-actions">
              <Link href="/studio/universes/topics/neu" className="button">
                {t("newTopic")}
              </Link>
              <Link href="/studio/universes/worlds/neu" className="button button-secondary">
                {t("newUniverse")}
              </Link>
            </p>
          ) : undefined
        }
      />
      <nav aria-label={t("languages")} className="language-tabs">
        {routing.locales.map((code) => (
          <Link key={code} href={`/studio/universes?sprache=${code}`} aria-current={code === language ? "page" : undefined}>
            {t(`language.${code}`)}
          </Link>
        ))}
      </nav>

      {topics.length && universes.length ? (
        <StudioTable label={t("matrix", { language: t(`language.${language}`) })} className="universe-matrix" columns={[t("topic"), ...universes.map((universe) => localized(universe.name, ui)), t("gate")]}>
          {topics.map((topic) => {
            const gate = topicGate(
              universes.map((universe) => universe.id),
              stories.filter((story) => story.topicId === topic.id).map((story) => ({ universeId: story.universeId, status: story.status, head: story.headRevision, publishedNumber: story.publishedNumber })),
            );
            const nameOf = (id: string) => localized(universes.find((universe) => universe.id === id)?.name, ui);
            return (
              <tr key={topic.id}>
                <th scope="row">
                  {canManage ? <Link href={`/studio/universes/topics/${topic.id}`}>{localized(topic.title, ui)}</Link> : localized(topic.title, ui)}
                  <Link href={`/studio/universes/topics/${topic.id}/vorschau?sprache=${language}`} className="cell-note" aria-label={t("previewLabel", { topic: localized(topic.title, ui) })}>
                    {t("preview")}
                  </Link>
                </th>
                {universes.map((universe) => {
                  const story = storyOf(topic.id, universe.id);
                  const cell = `${localized(topic.title, ui)} · ${localized(universe.name, ui)}`;
                  return (
                    <td key={universe.id} style={{ "--universe": universe.color } as CSSProperties} className="matrix-cell">
                      {story ? (
                        <Link href={`/studio/universes/stories/${story.id}`} aria-label={`${cell}: ${states(story.status)}`}>
                          <StatusBadge status={story.status} />
                        </Link>
                      ) : canWrite ? (
                        <OpenStoryButton topicId={topic.id} universeId={universe.id} locale={language} label={t("write")} ariaLabel={t("writeLabel", { cell })} />
                      ) : (
                        <span className="muted">{t("missing")}</span>
                      )}
                    </td>
                  );
                })}
                <td className="matrix-gate">
                  {gate.ready ? (
                    canRelease ? <ReleaseTopicButton topicId={topic.id} locale={language} label={t("release")} /> : <span>{t("ready")}</span>
                  ) : gate.holdbacks.length ? (
                    <span>{t("heldBack", { list: gate.holdbacks.map((holdback) => `${nameOf(holdback.universeId)} (${holdback.reason === "missing" ? t("missing") : states(holdback.reason)})`).join(", ") })}</span>
                  ) : topic.publishedAt ? (
                    <span>{t("online", { time: formatDateTime(topic.publishedAt, ui, settings.timeZone) })}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </StudioTable>
      ) : (
        <p className="panel muted">{t("empty")}</p>
      )}

      <section className="panel" aria-labelledby="universe-list-heading">
        <h2 id="universe-list-heading">{t("universes")}</h2>
        <ul role="list" className="recent-list">
          {universes.map((universe) => (
            <li key={universe.id}>
              <span className="universe-dot" style={{ background: universe.color }} aria-hidden="true" />
              {canManage ? <Link href={`/studio/universes/worlds/${universe.id}`}>{localized(universe.name, ui)}</Link> : <strong>{localized(universe.name, ui)}</strong>}
              <span className="muted">{localized(universe.description, ui)}</span>
            </li>
          ))}
        </ul>
      </section>

      {canManage && (archivedUniverses.length || archivedTopics.length) ? (
        <section className="panel" aria-labelledby="archived-heading">
          <h2 id="archived-heading">{t("archivedTitle")}</h2>
          <p className="muted">{t("archivedIntro")}</p>
          {[
            { label: t("archivedUniverses"), kind: t("kindUniverse"), entries: archivedUniverses.map((universe) => ({ id: universe.id, href: `/studio/universes/worlds/${universe.id}`, name: localized(universe.name, ui) })) },
            { label: t("archivedTopics"), kind: t("kindTopic"), entries: archivedTopics.map((topic) => ({ id: topic.id, href: `/studio/universes/topics/${topic.id}`, name: localized(topic.title, ui) })) },
          ]
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
      ) : null}
    </>
  );
}
