import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/studio/filter-form";
import { Forbidden } from "@/components/studio/forbidden";
import { StudioTable } from "@/components/studio/studio-table";
import { auditPage, auditActionLabel, auditCategory, AUDIT_CATEGORIES, auditDetailsText, type AuditCategory } from "@/modules/audit";
import { getSiteSettings } from "@/modules/site";
import { requireUser } from "@/modules/accounts/request";
import { formatDateTime } from "@/lib/dates";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("audit") };
}

const PAGE_SIZE = 50;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageNumber(value: string | string[] | undefined): number {
  const n = typeof value === "string" ? Number.parseInt(value, 10) : 1;
  return Number.isSafeInteger(n) && n > 0 ? n : 1;
}

function pageHref(category: AuditCategory, page: number): string {
  const params = new URLSearchParams();
  if (category !== "all") params.set("art", category);
  if (page > 1) params.set("seite", String(page));
  const query = params.toString();
  return query ? `/studio/audit?${query}` : "/studio/audit";
}

/** The audit log for admins: security and settings events, newest first, filterable by kind. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "audit.read")) return <Forbidden what="audit" />;
  const params = await searchParams;
  const category = auditCategory(params.art);
  const page = pageNumber(params.seite);
  const [{ rows, hasOlder }, settings, t, locale] = await Promise.all([
    auditPage({ prefixes: AUDIT_CATEGORIES[category].prefixes, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    getSiteSettings(),
    getTranslations("studio.audit"),
    studioLocale(),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <FilterForm action="/studio/audit" apply={t("apply")}>
        <div className="field">
          <label htmlFor="audit-category">{t("filter")}</label>
          <select id="audit-category" name="art" defaultValue={category}>
            {Object.entries(AUDIT_CATEGORIES).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label[locale]}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      {rows.length === 0 ? (
        <p className="panel">{t("empty")}</p>
      ) : (
        <StudioTable label={t("table")} columns={[t("time"), t("actor"), t("event"), t("subject"), t("details")]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale, settings.timeZone)}</time>
              </td>
              <td>{row.actorName ?? (row.actorUserId ? t("deletedActor") : t("system"))}</td>
              <td>{auditActionLabel(row.action, locale)}</td>
              <td>{row.subjectName ?? "–"}</td>
              <td>{auditDetailsText(row.action, row.details, locale) || "–"}</td>
            </tr>
          ))}
        </StudioTable>
      )}
      {(page > 1 || hasOlder) && (
        <nav className="studio-pagination" aria-label={t("pages")}>
          {page > 1 && <Link href={pageHref(category, page - 1)}>{t("newer")}</Link>}
          {hasOlder && <Link href={pageHref(category, page + 1)}>{t("older")}</Link>}
        </nav>
      )}
    </>
  );
}
