import type { CSSProperties } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { topicGate, type Gate, type StoryRow, type Topic, type Universe } from "@/modules/universes";
import { formatDateTime } from "@/lib/dates";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { StatusBadge } from "./status-badge";
import { StudioTable } from "./studio-table";
import { OpenStoryButton, ReleaseTopicButton } from "./universe-buttons";

type MatrixUniverse = Pick<Universe, "id" | "name" | "color">;
type MatrixTopic = Pick<Topic, "id" | "title" | "publishedAt">;
/** What the signed-in user may do here: write stories, manage topics, release them. */
export type MatrixRights = { write: boolean; manage: boolean; release: boolean };

type Props = {
  universes: MatrixUniverse[];
  topics: MatrixTopic[];
  /** The stories of the matrix's language. */
  stories: StoryRow[];
  language: Locale;
  /** The studio's own language, for names and dates. */
  ui: Locale;
  timeZone: string;
  rights: MatrixRights;
};

/** Topics × universes in one language: each story's state (or the way to write it), and what holds each topic back. */
export async function UniverseMatrix({ universes, topics, stories, language, ui, timeZone, rights }: Props) {
  const t = await getTranslations("studio.universes");
  if (!topics.length || !universes.length) return <p className="panel muted">{t("empty")}</p>;
  return (
    <StudioTable
      label={t("matrix", { language: t(`language.${language}`) })}
      className="universe-matrix"
      columns={[t("topic"), ...universes.map((universe) => localized(universe.name, ui)), t("gate")]}
    >
      {topics.map((topic) => (
        <TopicRow
          key={topic.id}
          topic={topic}
          universes={universes}
          stories={stories.filter((story) => story.topicId === topic.id)}
          language={language}
          ui={ui}
          timeZone={timeZone}
          rights={rights}
        />
      ))}
    </StudioTable>
  );
}

type RowProps = Omit<Props, "topics"> & { topic: MatrixTopic };

/** One topic: its stories, one cell per universe, and its gate. */
async function TopicRow({ topic, universes, stories, language, ui, timeZone, rights }: RowProps) {
  const [t, states] = await Promise.all([getTranslations("studio.universes"), getTranslations("studio.interviews.states")]);
  const gate = topicGate(
    universes.map((universe) => universe.id),
    stories.map((story) => ({ universeId: story.universeId, status: story.status, head: story.headRevision, publishedNumber: story.publishedNumber })),
  );
  const title = localized(topic.title, ui);
  return (
    <tr>
      <th scope="row">
        {rights.manage ? <Link href={`/studio/universes/topics/${topic.id}`}>{title}</Link> : title}
        <Link href={`/studio/universes/topics/${topic.id}/vorschau?sprache=${language}`} className="cell-note" aria-label={t("previewLabel", { topic: title })}>
          {t("preview")}
        </Link>
      </th>
      {universes.map((universe) => {
        const story = stories.find((entry) => entry.universeId === universe.id);
        const cell = `${title} · ${localized(universe.name, ui)}`;
        return (
          <td key={universe.id} style={{ "--universe": universe.color } as CSSProperties} className="matrix-cell">
            {story ? (
              <Link href={`/studio/universes/stories/${story.id}`} aria-label={`${cell}: ${states(story.status)}`}>
                <StatusBadge status={story.status} />
              </Link>
            ) : rights.write ? (
              <OpenStoryButton topicId={topic.id} universeId={universe.id} locale={language} label={t("write")} ariaLabel={t("writeLabel", { cell })} />
            ) : (
              <span className="muted">{t("missing")}</span>
            )}
          </td>
        );
      })}
      <td className="matrix-gate">
        <GateState gate={gate} topic={topic} universes={universes} language={language} ui={ui} timeZone={timeZone} canRelease={rights.release} />
      </td>
    </tr>
  );
}

type GateProps = Pick<RowProps, "topic" | "universes" | "language" | "ui" | "timeZone"> & { gate: Gate; canRelease: boolean };

/** Ready to release, held back (by which universes' stories, and why), or online since when. */
async function GateState({ gate, topic, universes, language, ui, timeZone, canRelease }: GateProps) {
  const [t, states] = await Promise.all([getTranslations("studio.universes"), getTranslations("studio.interviews.states")]);
  const nameOf = (id: string) => localized(universes.find((universe) => universe.id === id)?.name, ui);
  if (gate.ready) return canRelease ? <ReleaseTopicButton topicId={topic.id} locale={language} label={t("release")} /> : <span>{t("ready")}</span>;
  if (gate.holdbacks.length) {
    return (
      <span>
        {t("heldBack", {
          list: gate.holdbacks
            .map((holdback) => `${nameOf(holdback.universeId)} (${holdback.reason === "missing" ? t("missing") : states(holdback.reason)})`)
            .join(", "),
        })}
      </span>
    );
  }
  return topic.publishedAt ? <span>{t("online", { time: formatDateTime(topic.publishedAt, ui, timeZone) })}</span> : null;
}
