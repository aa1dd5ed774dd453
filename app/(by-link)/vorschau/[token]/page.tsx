import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Comments } from "@/components/review/comments";
import { InterviewPreview } from "@/components/site/interview-preview";
import { logoImage } from "@/db/queries/assets";
import { getPreviewInterview } from "@/db/queries/preview-interviews";
import { getRevision } from "@/db/queries/revisions";
import { getSiteSettings } from "@/db/queries/settings";
import { questionsOf } from "@/lib/content/text";
import { formatDateTime } from "@/lib/dates";
import { commentThreads } from "@/lib/workflow/comments";
import { findPreviewLink } from "@/lib/workflow/preview-links";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "de", namespace: "previewLink" }))("title"), referrer: "no-referrer" };
}

/**
 * A shared preview: someone without an account reads the interview as it will appear (its
 * newest version, or the one the link is pinned to) and comments under their name.
 */
export default async function PreviewLinkPage({ params }: Props) {
  const { token } = await params;
  const found = await findPreviewLink(token, new Date());
  if (!found) notFound();
  const { link, interview } = found;
  const pinned = link.pinnedRevisionId ? await getRevision(link.pinnedRevisionId) : null;
  const [detail, settings, threads] = await Promise.all([getPreviewInterview(interview.id, pinned?.number ?? null), getSiteSettings(), commentThreads({ interviewId: interview.id })]);
  if (!detail) notFound();
  const locale = interview.locale;
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "previewLink" }), getMessages({ locale })]);
  const company = settings.companyName;
  return (
    <InterviewPreview
      interview={detail}
      settings={settings}
      logo={await logoImage(settings.logoAssetId)}
      banner={
        <p>
          <strong>{t("banner")}</strong> {pinned ? t("pinned", { number: pinned.number, company }) : t("latest", { company })}{" "}
          {t("until", { date: formatDateTime(link.expiresAt, locale, settings.timeZone) })}
        </p>
      }
      after={
        <div className="container preview-comments" lang={locale}>
          <p className="muted">{t("commentsIntro")}</p>
          <NextIntlClientProvider locale={locale} messages={{ comments: messages.comments }}>
            <Comments threads={threads} questions={questionsOf(detail.body)} target={{ token }} timeZone={settings.timeZone} />
          </NextIntlClientProvider>
        </div>
      }
    />
  );
}
