import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterviewPreview } from "@/components/site/interview-preview";
import { Forbidden } from "@/components/studio/forbidden";
import { logoImage } from "@/modules/media";
import { getPreviewInterview } from "@/modules/public-site";
import { getSiteSettings } from "@/modules/site";
import { requireUser } from "@/modules/accounts/request";
import { can } from "@/lib/permissions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.preview"))("title") };
}

/**
 * The whole public page of an interview from its newest saved revision (or `?version=N`),
 * with the site's header and footer, marked as a preview. Signed-in studio users only; the
 * page is never cached and never indexed (the studio layout says noindex).
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "interview.read")) return <Forbidden what="interviews" />;
  const { id } = await params;
  const version = Number.parseInt(String((await searchParams).version ?? ""), 10);
  const interview = await getPreviewInterview(id, Number.isSafeInteger(version) && version > 0 ? version : null);
  if (!interview) notFound();
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations("studio.preview")]);
  return (
    <InterviewPreview
      interview={interview}
      settings={settings}
      logo={await logoImage(settings.logoAssetId)}
      banner={
        <>
          <p>
            <strong>{t("banner")}</strong> {t("explain")}
          </p>
          <Link href={`/studio/interviews/${id}`}>{t("back")}</Link>
        </>
      }
    />
  );
}
