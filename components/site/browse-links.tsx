import { getTranslations } from "next-intl/server";
import type { TaxonomyOption as FilterOption } from "@/modules/taxonomy";
import { Link } from "@/lib/i18n/navigation";
import { hrefs } from "@/lib/i18n/paths";

/** Departments and series have their own pages; offices lead to the filtered index. */
function hrefFor(key: "department" | "location" | "series", slug: string) {
  if (key === "department") return hrefs.department(slug);
  if (key === "series") return hrefs.series(slug);
  return { pathname: "/interviews" as const, query: { location: slug } };
}

/** Entry points into the stories by department, office or series. */
export async function BrowseLinks({
  locale,
  options,
}: {
  locale: string;
  options: { department: FilterOption[]; location: FilterOption[]; series: FilterOption[] };
}) {
  const t = await getTranslations({ locale, namespace: "browse" });
  const groups = [
    ["department", t("departments")],
    ["location", t("locations")],
    ["series", t("series")],
  ] as const;
  return (
    <section className="container section" aria-labelledby="browse-heading">
      <h2 id="browse-heading" className="section-title">
        {t("title")}
      </h2>
      <div className="browse">
        {groups.map(([key, title]) => (
          <div key={key}>
            <h3>{title}</h3>
            <ul className="chips" role="list">
              {options[key].map((option) => (
                <li key={option.slug}>
                  <Link href={hrefFor(key, option.slug)} locale={locale}>
                    {option.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
