import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageLinks } from "./language-links";

type Logo = { src: string; width: number; height: number };

export async function SiteHeader({ locale, companyName, logo, jobsUrl }: { locale: string; companyName: string; logo: Logo | null; jobsUrl: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link href="/" locale={locale} className="wordmark" aria-label={`${companyName} · ${t("home")}`}>
          {logo ? (
            // The logo carries the name; the link's label says it for screen readers.
            <Image className="wordmark-logo" src={logo.src} alt="" width={logo.width} height={logo.height} priority />
          ) : (
            <>
              <span className="wordmark-dot" aria-hidden="true" />
              {companyName}
            </>
          )}
        </Link>
        <nav aria-label={t("main")} className="site-nav">
          <Link href="/interviews" locale={locale}>
            {t("stories")}
          </Link>
          <Link href="/universes" locale={locale}>
            {t("universes")}
          </Link>
          <LanguageLinks locale={locale} label={t("language")} />
          <a className="button button-small" href={jobsUrl}>
            {t("jobs")}
          </a>
        </nav>
      </div>
    </header>
  );
}
