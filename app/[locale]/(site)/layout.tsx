import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { cachedLogo, cachedSettings } from "@/modules/public-site";

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const [settings, t] = await Promise.all([cachedSettings(), getTranslations({ locale, namespace: "nav" })]);
  const logo = settings.logoAssetId ? await cachedLogo(settings.logoAssetId) : null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <SiteHeader locale={locale} companyName={settings.companyName} logo={logo} jobsUrl={settings.defaultJobsUrl} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} settings={settings} />
    </>
  );
}
