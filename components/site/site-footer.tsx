import { getTranslations } from "next-intl/server";
import type { Settings } from "@/modules/site";

export async function SiteFooter({ locale, settings }: { locale: string; settings: Settings }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="site-footer">
      <div className="container site-footer-inner">
        <p>
          © {new Date().getFullYear()} {settings.companyName}
        </p>
        <ul>
          {settings.imprintUrl ? (
            <li>
              <a href={settings.imprintUrl}>{t("imprint")}</a>
            </li>
          ) : null}
          {settings.privacyUrl ? (
            <li>
              <a href={settings.privacyUrl}>{t("privacy")}</a>
            </li>
          ) : null}
          <li className="muted">{t("madeWith")}</li>
        </ul>
      </div>
    </footer>
  );
}
