import { getTranslations } from "next-intl/server";
import type { UniverseWithImage } from "@/modules/universes";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";
import { UniverseCards } from "./universe-lists";

/** The home page's way into the work universes: their cards and a link to the overview. */
export async function UniversesTeaser({ universes, locale }: { universes: UniverseWithImage[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "universes" });
  return (
    <section className="container section" aria-labelledby="universes-heading">
      <h2 id="universes-heading" className="section-title">
        {t("homeTitle")}
      </h2>
      <p className="section-lead">{t("homeIntro")}</p>
      <UniverseCards universes={universes} locale={locale} />
      <p className="section-more">
        <Link href={hrefs.universes} locale={locale}>
          {t("homeLink")} →
        </Link>
      </p>
    </section>
  );
}
