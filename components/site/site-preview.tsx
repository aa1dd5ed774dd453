import type { ReactNode } from "react";
import type { Settings } from "@/modules/site";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export type PreviewFrame = {
  settings: Settings;
  logo: { src: string; width: number; height: number } | null;
  banner: ReactNode;
  /** Shown above the page (the consent panel), and below the main content (comments). */
  children?: ReactNode;
  after?: ReactNode;
};

/**
 * A not-yet-public page as it will look, with the site's header and footer and a banner
 * above that says what it is: the studio's previews, the featured person's consent page
 * and shared preview links show interviews and stories in this frame.
 */
export function SitePreview({ locale, settings, logo, banner, children, after, main }: PreviewFrame & { locale: string; main: ReactNode }) {
  return (
    <div className="site-preview">
      <div className="preview-banner" role="note">
        {banner}
      </div>
      {children}
      <div lang={locale}>
        <SiteHeader locale={locale} companyName={settings.companyName} logo={logo} jobsUrl={settings.defaultJobsUrl} />
        <main id="main">{main}</main>
        {after}
        <SiteFooter locale={locale} settings={settings} />
      </div>
    </div>
  );
}
