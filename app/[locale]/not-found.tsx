import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function LocaleNotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="container not-found">
      <p className="eyebrow">404</p>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <Link href="/" className="button">
        {t("home")}
      </Link>
    </main>
  );
}
