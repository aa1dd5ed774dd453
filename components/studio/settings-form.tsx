"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveSiteSettings } from "@/app/studio/actions/settings";
import type { settingsFormValues } from "@/lib/site-settings";
import { Field, FormError } from "./field";
import { LogoField } from "./logo-field";
import { useActionForm } from "./use-action-form";

export type SettingsValues = ReturnType<typeof settingsFormValues>;

/** The site settings form. Saved values show on the public site with the next request. */
export function SettingsForm({ initial, logo, timeZones }: { initial: SettingsValues; logo: { id: string; src: string } | null; timeZones: string[] }) {
  const [version, setVersion] = useState(initial.version);
  const [accent, setAccent] = useState(initial.accentColor);
  const form = useActionForm(saveSiteSettings, (data) => setVersion(data.version));
  const errors = form.fieldErrors;
  const t = useTranslations("studio.settings");
  const shell = useTranslations("studio.shell");

  return (
    <form className="studio-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <input type="hidden" name="version" value={version} />

      <fieldset>
        <legend>{t("employer")}</legend>
        <Field name="companyName" label={t("companyName")} defaultValue={initial.companyName} errors={errors.companyName} required maxLength={80} />
        <Field name="taglineDe" label={t("taglineDe")} defaultValue={initial.taglineDe} errors={errors.taglineDe} maxLength={160} />
        <Field name="taglineEn" label={t("taglineEn")} defaultValue={initial.taglineEn} errors={errors.taglineEn} maxLength={160} lang="en" />
        <div className="field-row">
          <Field
            name="accentColor"
            label={t("accentColor")}
            hint={t("accentHint")}
            value={accent}
            onChange={(event) => setAccent(event.target.value)}
            errors={errors.accentColor}
            spellCheck={false}
          />
          <span className="swatch" style={{ background: /^#[0-9a-f]{6}$/i.test(accent) ? accent : "transparent" }} aria-hidden="true" />
        </div>
        <LogoField initial={logo} errors={errors.logoAssetId} />
      </fieldset>

      <fieldset>
        <legend>{t("links")}</legend>
        <Field name="defaultJobsUrl" label={t("jobs")} hint={t("jobsHint")} type="url" defaultValue={initial.defaultJobsUrl} errors={errors.defaultJobsUrl} required />
        <Field name="imprintUrl" label={t("imprint")} type="url" defaultValue={initial.imprintUrl} errors={errors.imprintUrl} />
        <Field name="privacyUrl" label={t("privacy")} type="url" defaultValue={initial.privacyUrl} errors={errors.privacyUrl} />
      </fieldset>

      <fieldset>
        <legend>{t("time")}</legend>
        <div className="field">
          <label htmlFor="timeZone">{t("timeZone")}</label>
          <p className="field-hint" id="timeZone-hint">
            {t("timeZoneHint")}
          </p>
          <select id="timeZone" name="timeZone" defaultValue={initial.timeZone} aria-describedby="timeZone-hint">
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("security")}</legend>
        <div className="check-field">
          <input
            id="requireTwoFactor"
            name="requireTwoFactor"
            type="checkbox"
            defaultChecked={initial.requireTwoFactor}
            aria-invalid={errors.requireTwoFactor ? true : undefined}
            aria-describedby={errors.requireTwoFactor ? "requireTwoFactor-hint requireTwoFactor-error" : "requireTwoFactor-hint"}
          />
          <label htmlFor="requireTwoFactor">{t("requireTwoFactor")}</label>
          <p className="field-hint" id="requireTwoFactor-hint">
            {t("requireTwoFactorHint")}
          </p>
          {errors.requireTwoFactor ? (
            <p className="field-error" id="requireTwoFactor-error">
              {errors.requireTwoFactor.join(" ")}
            </p>
          ) : null}
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? shell("saving") : shell("save")}
        </button>
        <p role="status" className="form-status">
          {form.data && !form.pending ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
