import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { PageHead } from "@/components/studio/page-head";
import { StudioTable } from "@/components/studio/studio-table";
import { listJobs } from "@/modules/jobs";
import { requireUser } from "@/modules/accounts/request";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.jobs"))("title") };
}

/** The jobs the public pages list beside interviews: open ones first, then the filled ones. */
export default async function JobsPage() {
  const user = await requireUser();
  if (!can(user, "jobs.manage")) return <Forbidden what="jobs" />;
  const [jobs, t, locale] = await Promise.all([listJobs({ openOnly: false }), getTranslations("studio.jobs"), studioLocale()]);
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} create={{ href: "/studio/jobs/neu", label: t("new") }} />
      {jobs.length === 0 ? (
        <p className="panel">{t("empty")}</p>
      ) : (
        <StudioTable label={t("table")} columns={[t("fields.title"), t("fields.department"), t("fields.location"), t("fields.open")]}>
          {jobs.map((job) => (
            <tr key={job.id}>
              <th scope="row">
                <Link href={`/studio/jobs/${job.id}`}>{localized(job.title, locale)}</Link>
              </th>
              <td>{localized(job.department, locale) || "–"}</td>
              <td>{localized(job.location, locale) || "–"}</td>
              <td>
                <span className={job.open ? "badge badge-published" : "badge"}>{job.open ? t("state.open") : t("state.filled")}</span>
              </td>
            </tr>
          ))}
        </StudioTable>
      )}
    </>
  );
}
