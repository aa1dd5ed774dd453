"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { createInterview } from "@/modules/interviews/actions";
import type { createInterviewSpec } from "@/modules/interviews";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field, FormError, Options, SelectField } from "./field";
import { useActionForm } from "./use-action-form";

type Option = { id: string; name: string };

/** Creates the interview, then opens it in the editor. */
export function NewInterviewForm({
  people,
  series,
  limits,
}: {
  people: Option[];
  series: Option[];
  limits: FieldLimits<z.input<typeof createInterviewSpec.input>>;
}) {
  const t = useTranslations("studio.newInterview");
  const router = useRouter();
  const form = useActionForm(createInterview, (data) => router.push(`/studio/interviews/${data.id}`));
  return (
    <form className="studio-form panel" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <Field name="title" label={t("titleLabel")} hint={t("titleHint")} errors={form.fieldErrors.title} {...limits.title} autoFocus />
      <SelectField
        name="personId"
        label={t("person")}
        hint={people.length ? undefined : t("noPeople")}
        errors={form.fieldErrors.personId}
        required={limits.personId.required}
      >
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
