import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { InterviewFilters } from "@/components/studio/interview-filters";
import { PageHead } from "@/components/studio/page-head";
import { StatusBadge } from "@/components/studio/status-badge";
import { StudioTable } from "@/components/studio/studio-table";
import { getSiteSettings } from "@/modules/site";
import { listStudioInterviews, isOverdue } from "@/modules/interviews";
import { CONTENT_STATUSES, type ContentStatus } from "@/db/schema/types";
import { requireUser } from "@/modules/accounts/request";
import { formatDateTime } from "@/lib/dates";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { fullName } from "@/modules/people";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("interviews") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Every interview, drafts included, newest change first; filter by words, state and language. */
export default async function InterviewsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!can(user, "interview.read")) return <Forbidden what="interviews" />;
  const params = await searchParams;
  const q = one(params.q)?.slice(0, 200) ?? "";
  const status = CONTENT_STATUSES.find((value) => value === one(params.status)) as ContentStatus | undefined;
  const language = one(params.sprache);
  const locale = language && isLocale(language) ? language : undefined;
  const [rows, settings, t, ui] = await Promise.all([
    listStudioInterviews({ q, status, locale }),
    getSiteSettings(),
    getTranslations("studio.interviews"),
    studioLocale(),
  ]);
  const filtered = Boolean(q || status || locale);
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} create={can(user, "interview.edit") ? { href: "/studio/interviews/new", label: t("new") } : undefined} />
      <InterviewFilters q={q} status={status} locale={locale} />
      {rows.length === 0 ? (
        <div className="panel empty-state">
          <p>{filtered ? t("noMatches") : t("empty")}</p>
          {filtered ? <Link href="/studio/interviews">{t("reset")}</Link> : null}
        </div>
      ) : (
        <StudioTable label={t("table")} className="interview-table" columns={[t("titleColumn"), t("person"), t("language"), t("status"), t("changed")]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link href={`/studio/interviews/${row.id}`}>{row.title}</Link>
                {row.seriesName ? <span className="muted cell-note">{localized(row.seriesName, ui)}</span> : null}
              </th>
              <td>{fullName({ displayName: row.personName, academicTitle: row.academicTitle })}</td>
              <td>
                <abbr title={t(`languages.${row.locale === "en" ? "en" : "de"}`)}>{row.locale.toUpperCase()}</abbr>
              </td>
              <td>
                <StatusBadge status={row.status} />
                {row.status === "scheduled" && row.publishAt ? (
                  <span className={isOverdue(row) ? "cell-note cell-warning" : "muted cell-note"}>
                    {t(isOverdue(row) ? "overdue" : "scheduledFor", { time: formatDateTime(row.publishAt, ui, settings.timeZone) })}
                  </span>
                ) : null}
              </td>
              <td>
                <time dateTime={row.updatedAt.toISOString()}>{formatDateTime(row.updatedAt, ui, settings.timeZone)}</time>
              </td>
            </tr>
          ))}
        </StudioTable>
      )}
    </>
  );
}
