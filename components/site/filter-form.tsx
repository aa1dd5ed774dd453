import { getTranslations } from "next-intl/server";
import type { TaxonomyOption as FilterOption } from "@/modules/taxonomy";
import type { IndexParams } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";

/** Search and filters as a plain GET form: shareable URLs, and it works without JavaScript. */
export async function FilterForm({
  locale,
  params,
  options,
}: {
  locale: string;
  params: IndexParams;
  options: { department: FilterOption[]; location: FilterOption[]; series: FilterOption[] };
}) {
  const t = await getTranslations({ locale, namespace: "index" });
  const active = Boolean(params.q || params.department || params.location || params.series);
  return (
    <form className="filters" role="search" aria-label={t("filters")} method="get">
      <div className="field field-search">
        <label htmlFor="filter-q">{t("search")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={params.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={200} />
      </div>
      {(["department", "location", "series"] as const).map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`filter-${key}`}>{t(key)}</label>
          <select id={`filter-${key}`} name={key} defaultValue={params[key] ?? ""}>
            <option value="">{t("all")}</option>
            {options[key].map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filter-actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        {active ? (
          <Link href="/interviews" locale={locale} className="filter-reset">
            {t("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
