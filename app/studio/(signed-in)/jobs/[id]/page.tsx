import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { saveJob } from "@/modules/jobs/actions";
import { DeleteJob } from "@/components/studio/delete-job";
import { EntryPage } from "@/components/studio/entry-page";
import { guardedEntryPage } from "@/app/studio/guarded-page";
import { getJob, saveJobSpec } from "@/modules/jobs";
import { departments, locations } from "@/modules/taxonomy";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { fieldLimits } from "@/lib/forms/limits";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.jobs"))("jobTitle") };
}

/** A job's title, address, department, office and whether it is open; "neu" adds one. */
export default async function JobFormPage({ params }: Params) {
  const page = await guardedEntryPage(params, "jobs.manage", "jobs", getJob);
  if ("denied" in page) return page.denied;
  const job = page.found.entry;
  const [allDepartments, allLocations, t, locale] = await Promise.all([departments.list(), locations.list(), getTranslations("studio.jobs"), studioLocale()]);
  const options = (rows: { id: string; name: Record<string, string> }[]) => [
    { id: "", name: t("none") },
    ...rows.map((row) => ({ id: row.id, name: localized(row.name, locale) })),
  ];
  return (
    <EntryPage
      back={{ href: "/studio/jobs", label: t("back") }}
      heading={job ? t("edit", { title: localized(job.title, locale) }) : t("new")}
      id={job?.id ?? null}
      action={saveJob}
      limits={fieldLimits(saveJobSpec.input)}
      submit={t("save")}
      done="/studio/jobs"
      footer={job ? <DeleteJob id={job.id} /> : null}
      fields={[
        { name: "titleDe", label: t("fields.titleDe"), hint: t("fields.titleHint"), value: job?.title.de ?? "" },
        { name: "titleEn", label: t("fields.titleEn"), value: job?.title.en ?? "", lang: "en" },
        { name: "url", label: t("fields.url"), hint: t("fields.urlHint"), value: job?.url ?? "" },
        { name: "departmentId", label: t("fields.department"), value: job?.departmentId ?? "", options: options(allDepartments) },
        { name: "locationId", label: t("fields.location"), value: job?.locationId ?? "", options: options(allLocations) },
        {
          name: "open",
          label: t("fields.open"),
          value: job && !job.open ? "filled" : "open",
          options: [
            { id: "open", name: t("state.open") },
            { id: "filled", name: t("state.filled") },
          ],
        },
      ]}
    />
  );
}
