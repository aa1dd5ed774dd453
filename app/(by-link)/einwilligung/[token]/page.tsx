import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterviewPreview } from "@/components/site/interview-preview";
import { ConsentPanel } from "@/components/site/consent-panel";
import { logoImage } from "@/modules/media";
import { getPreviewInterview } from "@/modules/public-site";
import { getSiteSettings } from "@/modules/site";
import { isLive } from "@/modules/interviews";
import { hasConsent, findConsentLink } from "@/modules/workflow";
import { fullName } from "@/modules/people";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "de", namespace: "consent" }))("title"), referrer: "no-referrer" };
}

/**
 * The featured person reads their interview exactly as it will appear, then consents to
 * this version or asks for changes; the same link withdraws consent later.
 */
export default async function ConsentPage({ params }: Props) {
  const { token } = await params;
  const found = await findConsentLink(token, new Date());
  if (!found) notFound();
  const { interview } = found;
  const [detail, settings, consented] = await Promise.all([
    getPreviewInterview(interview.id, null),
    getSiteSettings(),
    hasConsent(interview.id, interview.headRevision),
  ]);
  if (!detail) notFound();
  const locale = interview.locale;
  const t = await getTranslations({ locale, namespace: "consent" });
  const live = isLive(interview);
  return (
    <InterviewPreview
      interview={detail}
      settings={settings}
      logo={await logoImage(settings.logoAssetId)}
      banner={
        <p>
          <strong>{t("banner")}</strong> {t("bannerText", { company: settings.companyName })}
        </p>
      }
    >
      <ConsentPanel
        token={token}
        revision={interview.headRevision}
        state={consented ? "given" : live ? "live" : "open"}
        texts={{
          heading: t("heading", { name: fullName(detail.person) }),
          intro: t("intro"),
          consent: t("consent"),
          consentDone: t("consentDone"),
          askLabel: t("askLabel"),
          askSend: t("askSend"),
          askDone: t("askDone"),
          withdraw: t("withdraw"),
          withdrawHint: t("withdrawHint"),
          withdrawDone: t("withdrawDone"),
          offline: t("offline"),
        }}
      />
    </InterviewPreview>
  );
}
