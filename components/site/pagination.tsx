import { getTranslations } from "next-intl/server";
import { indexQuery, type IndexParams } from "@/modules/public-site";
import { Link } from "@/lib/i18n/navigation";

/** Previous, next and numbered pages, with the current one marked for assistive technology. */
export async function Pagination({ locale, params, pages }: { locale: string; params: IndexParams; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "index" });
  const href = (page: number) => ({ pathname: "/interviews" as const, query: indexQuery({ ...params, page }) });
  const current = params.page;
  // Window of pages around the current one, plus the first and the last.
  const numbers = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {current > 1 ? (
        <Link href={href(current - 1)} locale={locale} rel="prev">
          ← {t("previous")}
        </Link>
      ) : null}
      <ul>
        {numbers.map((n, i) => (
          <li key={n}>
            {i > 0 && n - numbers[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            <Link href={href(n)} locale={locale} aria-current={n === current ? "page" : undefined} aria-label={t("page", { page: n })}>
              {n}
            </Link>
          </li>
        ))}
      </ul>
      {current < pages ? (
        <Link href={href(current + 1)} locale={locale} rel="next">
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
