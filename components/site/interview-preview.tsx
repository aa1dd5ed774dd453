import type { ReactNode } from "react";
import type { InterviewDetail } from "@/db/queries/public-interviews";
import type { Settings } from "@/db/queries/settings";
import { InterviewArticle } from "./interview-article";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * A not-yet-public interview as its page will look, with the site's header and footer and
 * a banner above that says what it is: the studio's full-page preview, the featured
 * person's consent page and shared preview links show this.
 */
export function InterviewPreview({
  interview,
  settings,
  logo,
  banner,
  children,
  after,
}: {
  interview: InterviewDetail;
  settings: Settings;
  logo: { src: string; width: number; height: number } | null;
  banner: ReactNode;
  /** Shown above the page (the consent panel), and below the article (comments). */
  children?: ReactNode;
  after?: ReactNode;
}) {
  const locale = interview.locale;
  return (
    <div className="site-preview">
      <div className="preview-banner" role="note">
        {banner}
      </div>
      {children}
      <div lang={locale}>
        <SiteHeader locale={locale} companyName={settings.companyName} logo={logo} jobsUrl={settings.defaultJobsUrl} />
        <main id="main">
          <InterviewArticle interview={interview} locale={locale} settings={settings} translations={[]} more={[]} />
        </main>
        {after}
        <SiteFooter locale={locale} settings={settings} />
      </div>
    </div>
  );
}
