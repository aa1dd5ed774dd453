import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLinks } from "@/components/studio/button-links";
import { Forbidden } from "@/components/studio/forbidden";
import { PageHead } from "@/components/studio/page-head";
import { UniverseMatrix } from "@/components/studio/universe-matrix";
import { ArchivedList, UniverseList } from "@/components/studio/universe-lists";
import { getSiteSettings } from "@/modules/site";
import { listTopics, listUniverses, storiesOfLocale } from "@/modules/universes";
import { requireUser } from "@/modules/accounts/request";
import { isLocale, routing } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

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
  const [universes, topics, archivedUniverses, archivedTopics, stories, settings, ui, t] = await Promise.all([
    listUniverses(),
    listTopics(),
    listUniverses(undefined, "archived"),
    listTopics(undefined, "archived"),
    storiesOfLocale(language),
    getSiteSettings(),
    studioLocale(),
    getTranslations("studio.universes"),
  ]);
  const canManage = can(user, "taxonomy.manage");

  return (
    <>
      <PageHead
        title={t("title")}
        intro={t("intro")}
        action={
          canManage ? (
            <ButtonLinks
              className="page-head-actions"
              links={[
                { href: "/studio/universes/topics/neu", label: t("newTopic") },
                { href: "/studio/universes/worlds/neu", label: t("newUniverse") },
              ]}
            />
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

      <UniverseMatrix
        universes={universes}
        topics={topics}
        stories={stories}
        language={language}
        ui={ui}
        timeZone={settings.timeZone}
        rights={{ write: can(user, "interview.edit"), manage: canManage, release: can(user, "interview.publish") }}
      />
      <UniverseList universes={universes} canManage={canManage} ui={ui} />
      {canManage ? <ArchivedList universes={archivedUniverses} topics={archivedTopics} ui={ui} /> : null}
    </>
  );
}
