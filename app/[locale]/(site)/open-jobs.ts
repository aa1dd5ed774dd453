import { getTranslations } from "next-intl/server";
import type { OpenJobs } from "@/components/site/jobs-cta";
import { cachedOpenJobs } from "@/modules/public-site";
import type { LocalizedText } from "@/db/schema/types";
import { localized } from "@/lib/i18n/localized";

const SHOWN = 4;

/**
 * The open jobs a page's call to action lists: its department's when it has a department
 * with open jobs, else the newest open jobs of all. Null when nothing is open. The heading
 * names the department unless the page around it does (`named`).
 */
export async function openJobsFor(locale: string, department?: { slug: string; name: LocalizedText } | null, { named = false } = {}): Promise<OpenJobs | null> {
  const [t, own] = await Promise.all([
    getTranslations({ locale, namespace: "jobs" }),
    department ? cachedOpenJobs({ departmentSlug: department.slug, limit: SHOWN }) : [],
  ]);
  const listed = own.length ? own : await cachedOpenJobs({ limit: SHOWN });
  if (!listed.length) return null;
  return {
    heading: own.length && department && !named ? t("openIn", { name: localized(department.name, locale) }) : t("open"),
    items: listed.map((job) => ({
      id: job.id,
      title: localized(job.title, locale),
      url: job.url,
      where: [job.location, job.department].flatMap((name) => (name ? [localized(name, locale)] : [])).join(" · "),
    })),
  };
}
