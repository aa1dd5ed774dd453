"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field, Options, SelectField, TextAreaField } from "@/components/studio/field";
import { ImageField, type ChosenImage } from "@/components/studio/image-field";
import { slugFor } from "@/lib/slugs";
import type { DraftValues } from "./use-draft";

export type Option = { id: string; name: string };
export type Translation = { id: string; locale: string; slug: string };

type Props = {
  values: DraftValues;
  errors: Record<string, string[]>;
  editable: boolean;
  published: boolean;
  people: Option[];
  series: Option[];
  translations: Translation[];
  pathPrefix: (locale: string) => string;
  onChange: (patch: Partial<DraftValues>) => void;
  onTranslate: (locale: string) => void;
  translating: boolean;
  socialImage: ChosenImage | null;
  onSocialImage: (image: ChosenImage | null) => void;
  /** The featured person's consent and the link to ask for it. */
  consent: ReactNode;
};

const LIMITS = { seoTitle: 60, seoDescription: 155 };

/** Everything beside the text: address, person, series, language, translations, search and call to action. */
export function SettingsPanel(props: Props) {
  const { values, errors, editable, published, people, series, translations, pathPrefix, onChange, onTranslate, translating } = props;
  const t = useTranslations("studio.editor.settings");
  const other = values.locale === "de" ? "en" : "de";
  const translation = translations.find((entry) => entry.locale === other);
  const counter = (field: keyof typeof LIMITS) => t("counter", { count: values[field].length, limit: LIMITS[field] });
  return (
    <div className="settings-panel">
      <fieldset disabled={!editable}>
        <legend>{t("publication")}</legend>
        <Field
          name="slug"
          label={t("slug")}
          hint={`${pathPrefix(values.locale)}${values.slug || "…"}${published ? ` · ${t("slugPublished")}` : ""}`}
          value={values.slug}
          errors={errors.slug}
          maxLength={80}
          spellCheck={false}
          onChange={(event) => onChange({ slug: event.target.value.toLowerCase() })}
        />
        <button type="button" className="button-link" onClick={() => onChange({ slug: slugFor(values.title, { locale: values.locale }) })}>
          {t("slugFromTitle")}
        </button>
        <SelectField name="personId" label={t("person")} value={values.personId} errors={errors.personId} onChange={(event) => onChange({ personId: event.target.value })}>
          <Options items={people} />
        </SelectField>
        <SelectField name="seriesId" label={t("series")} value={values.seriesId} errors={errors.seriesId} onChange={(event) => onChange({ seriesId: event.target.value })}>
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
          onChange={(event) => onChange({ locale: event.target.value })}
        >
          <option value="de">{t("german")}</option>
          <option value="en">{t("english")}</option>
        </SelectField>
      </fieldset>

      {props.consent}

      <section className="settings-translation" aria-labelledby="translation-heading">
        <h3 id="translation-heading">{t("translation")}</h3>
        {translation ? (
          <Link href={`/studio/interviews/${translation.id}`}>{t(`openTranslation.${other}`)}</Link>
        ) : editable ? (
          <button type="button" className="button button-small button-secondary" disabled={translating} onClick={() => onTranslate(other)}>
            {t(`startTranslation.${other}`)}
          </button>
        ) : (
          <p className="muted">{t("noTranslation")}</p>
        )}
      </section>

      <fieldset disabled={!editable}>
        <legend>{t("search")}</legend>
        <Field
          name="seoTitle"
          label={t("seoTitle")}
          hint={`${counter("seoTitle")} · ${t("seoTitleHint")}`}
          value={values.seoTitle}
          errors={errors.seoTitle}
          maxLength={120}
          placeholder={values.title}
          onChange={(event) => onChange({ seoTitle: event.target.value })}
        />
        <TextAreaField
          name="seoDescription"
          label={t("seoDescription")}
          hint={`${counter("seoDescription")} · ${t("seoDescriptionHint")}`}
          value={values.seoDescription}
          errors={errors.seoDescription}
          maxLength={300}
          rows={3}
          placeholder={values.teaser}
          onChange={(event) => onChange({ seoDescription: event.target.value })}
        />
        <ImageField
          purpose="social"
          value={props.socialImage}
          onChange={props.onSocialImage}
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

      <fieldset disabled={!editable}>
        <legend>{t("cta")}</legend>
        <Field name="ctaLabel" label={t("ctaLabel")} hint={t("ctaLabelHint")} value={values.ctaLabel} errors={errors.ctaLabel} maxLength={80} onChange={(event) => onChange({ ctaLabel: event.target.value })} />
        <Field
          name="ctaUrl"
          label={t("ctaUrl")}
          hint={t("ctaUrlHint")}
          type="url"
          value={values.ctaUrl}
          errors={errors.ctaUrl}
          maxLength={2000}
          placeholder="https://"
          onChange={(event) => onChange({ ctaUrl: event.target.value })}
        />
      </fieldset>
    </div>
  );
}
