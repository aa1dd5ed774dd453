"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createInterview } from "@/app/studio/actions/interviews";
import { Field, FormError, Options, SelectField } from "./field";
import { useActionForm } from "./use-action-form";

type Option = { id: string; name: string };

/** Creates the interview, then opens it in the editor. */
export function NewInterviewForm({ people, series }: { people: Option[]; series: Option[] }) {
  const t = useTranslations("studio.newInterview");
  const router = useRouter();
  const form = useActionForm(createInterview, (data) => router.push(`/studio/interviews/${data.id}`));
  return (
    <form className="studio-form panel" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <Field name="title" label={t("titleLabel")} hint={t("titleHint")} errors={form.fieldErrors.title} required maxLength={200} autoFocus />
      <SelectField name="personId" label={t("person")} hint={people.length ? undefined : t("noPeople")} errors={form.fieldErrors.personId} required>
        <option value="">{t("choose")}</option>
        <Options items={people} />
      </SelectField>
      <SelectField name="locale" label={t("language")} errors={form.fieldErrors.locale} defaultValue="de">
        <option value="de">{t("german")}</option>
        <option value="en">{t("english")}</option>
      </SelectField>
      <SelectField name="seriesId" label={t("series")} errors={form.fieldErrors.seriesId}>
        <option value="">{t("noSeries")}</option>
        <Options items={series} />
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}
