import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge } from "@/components/studio/status-badge";
import { interviewStatusCounts } from "@/db/queries/interviews";
import { getSiteSettings } from "@/db/queries/settings";
import { listStudioInterviews } from "@/db/queries/studio-interviews";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("home") };
}

const STATES = ["published", "in_review", "draft"] as const;

export default async function StudioHome() {
  const user = await requireUser();
  const [counts, t, recent, settings, locale] = await Promise.all([
    interviewStatusCounts(),
    getTranslations("studio.home"),
    listStudioInterviews({ limit: 5 }),
    getSiteSettings(),
    studioLocale(),
  ]);
  return (
    <>
      <h1>{t("welcome", { name: user.name })}</h1>
      <p className="muted">{t("intro")}</p>
      <ul className="stat-grid" role="list" aria-label={t("stats")}>
        {STATES.map((status) => (
          <li key={status} className="stat">
            <span className="stat-value">{counts[status] ?? 0}</span>
            {t(status)}
          </li>
        ))}
      </ul>
      {can(user, "interview.edit") ? (
        <p className="home-actions">
          <Link href="/studio/interviews/new" className="button">
            {t("newInterview")}
          </Link>
          <Link href="/studio/people/new" className="button button-secondary">
            {t("newPerson")}
          </Link>
        </p>
      ) : null}
      {recent.length > 0 ? (
        <section className="panel" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t("recent")}</h2>
          <ul role="list" className="recent-list">
            {recent.map((row) => (
              <li key={row.id}>
                <Link href={`/studio/interviews/${row.id}`}>{row.title}</Link>
                <span className="muted">
                  {row.personName} · <time dateTime={row.updatedAt.toISOString()}>{formatDateTime(row.updatedAt, locale, settings.timeZone)}</time>
                </span>
                <StatusBadge status={row.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
