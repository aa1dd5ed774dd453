import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TopicColumns } from "@/components/site/topic-columns";
import { Forbidden } from "@/components/studio/forbidden";
import { topics } from "@/modules/taxonomy";
import { listUniverses, storyDrafts } from "@/modules/universes";
import { requireUser } from "@/modules/accounts/request";
import { isLocale, routing } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.universes"))("previewTitle") };
}

/** A topic as its public page will show it, from the newest version of every story, released or not. */
export default async function TopicPreviewPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "interview.read")) return <Forbidden what="interviews" />;
  const { id } = await params;
  const asked = (await searchParams).sprache;
  const locale = typeof asked === "string" && isLocale(asked) ? asked : routing.defaultLocale;
  const [topic, universes, drafts, t] = await Promise.all([topics.getById(id), listUniverses(), storyDrafts(id, locale), getTranslations("studio.universes")]);
  if (!topic) notFound();
  const columns = universes.flatMap((universe) => {
    const story = drafts.find((draft) => draft.universeId === universe.id);
    return story ? [{ universe, story }] : [];
  });
  return (
    <div className="site-preview topic-preview" lang={locale}>
      <div className="preview-banner" role="note">
        <p>
          <strong>{t("previewBanner")}</strong> {t("previewText")}
        </p>
        <Link href={`/studio/universes?sprache=${locale}`}>{t("back")}</Link>
      </div>
      <TopicColumns topic={topic} columns={columns} locale={locale} />
    </div>
  );
}
