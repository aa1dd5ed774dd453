import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { NewInterviewForm } from "@/components/studio/new-interview-form";
import { createInterviewSpec } from "@/modules/interviews";
import { listPeople, fullName } from "@/modules/people";
import { seriesTable } from "@/modules/taxonomy";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("newInterview") };
}

/** Starts an interview: who it is about, in which language, and a working title. */
export default async function NewInterviewPage() {
  const user = await requireUser();
  if (!can(user, "interview.edit")) return <Forbidden what="interviews" />;
  const [people, series, t, locale] = await Promise.all([listPeople(), seriesTable.list(), getTranslations("studio.newInterview"), studioLocale()]);
  const active = people.filter((person) => person.active);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/studio/interviews">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <NewInterviewForm
        people={active.map((person) => ({ id: person.id, name: `${fullName(person)} · ${localized(person.jobTitle, locale)}` }))}
        series={series.map((entry) => ({ id: entry.id, name: localized(entry.name, locale) }))}
        limits={fieldLimits(createInterviewSpec.input)}
      />
    </>
  );
}
