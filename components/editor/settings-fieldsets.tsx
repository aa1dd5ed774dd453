"use client";

import type { Locale } from "@/lib/i18n/routing";
import { useTranslations } from "next-intl";
import { Field, Options, SelectField, TextAreaField } from "@/components/studio/field";
import { controlledFields } from "@/components/studio/field-binding";
import { ImageField, type ChosenImage } from "@/components/studio/image-field";
import { slugFor } from "@/lib/slugs";
import type { DraftValues } from "./draft-types";

export type Option = { id: string; name: string };

/** What each group of settings edits. */
type FieldsetProps = {
  values: DraftValues;
  errors: Record<string, string[]>;
  editable: boolean;
  onChange: (patch: Partial<DraftValues>) => void;
};

/** Where the interview appears: address, person, series and language (fixed once published). */
export function PublicationFieldset({
  values,
  errors,
  editable,
  onChange,
  published,
  people,
  series,
  pathPrefix,
}: FieldsetProps & {
  published: boolean;
  people: Option[];
  series: Option[];
  pathPrefix: (locale: string) => string;
}) {
  const t = useTranslations("studio.editor.settings");
  const bind = controlledFields(values, errors, onChange);
  return (
    <fieldset disabled={!editable}>
      <legend>{t("publication")}</legend>
      <Field
        {...bind("slug")}
        label={t("slug")}
        hint={`${pathPrefix(values.locale)}${values.slug || "…"}${published ? ` · ${t("slugPublished")}` : ""}`}
        maxLength={80}
        spellCheck={false}
        onChange={(event) => onChange({ slug: event.target.value.toLowerCase() })}
      />
      <button type="button" className="button-link" onClick={() => onChange({ slug: slugFor(values.title, { locale: values.locale }) })}>
        {t("slugFromTitle")}
      </button>
      <SelectField {...bind("personId")} label={t("person")}>
        <Options items={people} />
      </SelectField>
      <SelectField {...bind("seriesId")} label={t("series")}>
        <option value="">{t("noSeries")}</option>
        <Options items={series} />
      </SelectField>
      <SelectField
        name="locale"
        label={t("language")}
        value={values.locale}
        errors={errors.locale}
        disabled={published || !editable}
        hint={published ? t("languageFixed") : undefined}
        onChange={(event) => onChange({ locale: event.target.value as Locale })}
      >
        <option value="de">{t("german")}</option>
        <option value="en">{t("english")}</option>
      </SelectField>
    </fieldset>
  );
}

const LIMITS = { seoTitle: 60, seoDescription: 155 };

/** How search engines and shared links show the interview: title, description and image. */
export function SearchFieldset({
  values,
  errors,
  editable,
  onChange,
  socialImage,
  onSocialImage,
}: FieldsetProps & {
  socialImage: ChosenImage | null;
  onSocialImage: (image: ChosenImage | null) => void;
}) {
  const t = useTranslations("studio.editor.settings");
  const counter = (field: keyof typeof LIMITS) => t("counter", { count: values[field].length, limit: LIMITS[field] });
  const bind = controlledFields(values, errors, onChange);
  return (
    <fieldset disabled={!editable}>
      <legend>{t("search")}</legend>
      <Field {...bind("seoTitle")} label={t("seoTitle")} hint={`${counter("seoTitle")} · ${t("seoTitleHint")}`} maxLength={120} placeholder={values.title} />
      <TextAreaField
        {...bind("seoDescription")}
        label={t("seoDescription")}
        hint={`${counter("seoDescription")} · ${t("seoDescriptionHint")}`}
        maxLength={300}
        rows={3}
        placeholder={values.teaser}
      />
      <ImageField
        purpose="social"
        value={socialImage}
        onChange={onSocialImage}
        errors={errors.socialImageAssetId}
        disabled={!editable}
        texts={{
          label: t("socialImage"),
          hint: t("socialImageHint"),
          preview: t("socialImagePreview"),
          empty: t("noSocialImage"),
          remove: t("removeSocialImage"),
          uploading: t("uploadingSocialImage"),
        }}
      />
    </fieldset>
  );
}

/** The call to action under the interview. */
export function CtaFieldset({ values, errors, editable, onChange }: FieldsetProps) {
  const t = useTranslations("studio.editor.settings");
  const bind = controlledFields(values, errors, onChange);
  return (
    <fieldset disabled={!editable}>
      <legend>{t("cta")}</legend>
      <Field {...bind("ctaLabel")} label={t("ctaLabel")} hint={t("ctaLabelHint")} maxLength={80} />
      <Field {...bind("ctaUrl")} label={t("ctaUrl")} hint={t("ctaUrlHint")} type="url" maxLength={2000} placeholder="https://" />
    </fieldset>
  );
}
