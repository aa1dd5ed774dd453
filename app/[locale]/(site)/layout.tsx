import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { getAsset } from "@/db/queries/assets";
import { getSiteSettings } from "@/db/queries/settings";

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations({ locale, namespace: "nav" })]);
  const logo = settings.logoAssetId ? await getAsset(settings.logoAssetId) : null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <SiteHeader
        locale={locale}
        companyName={settings.companyName}
        logo={logo ? { src: `/api/media/${logo.storageKey}`, width: logo.width, height: logo.height } : null}
        jobsUrl={settings.defaultJobsUrl}
      />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} settings={settings} />
    </>
  );
}
