import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Comments } from "@/components/review/comments";
import { InterviewPreview } from "@/components/site/interview-preview";
import { SitePreview } from "@/components/site/site-preview";
import { TopicColumns } from "@/components/site/topic-columns";
import { logoImage } from "@/modules/media";
import { getPreviewInterview } from "@/modules/public-site";
import { getRevision } from "@/modules/interviews";
import { getSiteSettings } from "@/modules/site";
import { storyPreview } from "@/modules/universes";
import { questionsOf } from "@/lib/content/text";
import { formatDateTime } from "@/lib/dates";
import { commentThreads, findPreviewLink } from "@/modules/workflow";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "de", namespace: "previewLink" }))("title"), referrer: "no-referrer" };
}

/**
 * A shared preview: someone without an account reads an interview or a work-universe story
 * as it will appear (its newest version, or the one the link is pinned to) and comments
 * under their name.
 */
export default async function PreviewLinkPage({ params }: Props) {
  const { token } = await params;
  const found = await findPreviewLink(token, new Date());
  if (!found) notFound();
  const { link } = found;
  const pinned = link.pinnedRevisionId ? await getRevision(link.pinnedRevisionId) : null;
  const [settings, threads] = await Promise.all([
    getSiteSettings(),
    commentThreads(found.interview ? { interviewId: found.interview.id } : { storyId: found.story.id }),
  ]);
  const frame = async (locale: string, kind: "interview" | "story", body: Parameters<typeof questionsOf>[0]) => {
    const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "previewLink" }), getMessages({ locale })]);
    const company = settings.companyName;
    const banner: ReactNode = (
      <p>
        <strong>{t("banner")}</strong> {pinned ? t(`pinned.${kind}`, { number: pinned.number, company }) : t("latest", { company })}{" "}
        {t("until", { date: formatDateTime(link.expiresAt, locale, settings.timeZone) })}
      </p>
    );
    const after: ReactNode = (
      <div className="container preview-comments" lang={locale}>
        <p className="muted">{t("commentsIntro")}</p>
        <NextIntlClientProvider locale={locale} messages={{ comments: messages.comments }}>
          <Comments threads={threads} questions={questionsOf(body)} target={{ token }} timeZone={settings.timeZone} />
        </NextIntlClientProvider>
      </div>
    );
    return { settings, logo: await logoImage(settings.logoAssetId), banner, after };
  };

  if (found.interview) {
    const detail = await getPreviewInterview(found.interview.id, pinned?.number ?? null);
    if (!detail) notFound();
    return <InterviewPreview interview={detail} {...await frame(detail.locale, "interview", detail.body)} />;
  }
  const preview = await storyPreview(found.story.id, pinned?.number ?? null);
  if (!preview) notFound();
  const { locale, topic, universe, story } = preview;
  return (
    <SitePreview
      {...await frame(locale, "story", story.body)}
      locale={locale}
      main={<TopicColumns topic={topic} columns={[{ universe, story }]} locale={locale} />}
    />
  );
}
