"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { saveSiteSettings } from "@/modules/site/actions";
import type { saveSettingsSpec, settingsFormValues } from "@/modules/site";
import type { FieldLimits } from "@/lib/forms/limits";
import { uncontrolledFields } from "./field-binding";
import { Field, FormError } from "./field";
import { LogoField } from "./logo-field";
import { useActionForm } from "./use-action-form";

export type SettingsValues = ReturnType<typeof settingsFormValues>;

/** The site settings form. Saved values show on the public site with the next request. */
export function SettingsForm({
  initial,
  limits,
  logo,
  timeZones,
}: {
  initial: SettingsValues;
  limits: FieldLimits<z.input<typeof saveSettingsSpec.input>>;
  logo: { id: string; src: string } | null;
  timeZones: string[];
}) {
  const [version, setVersion] = useState(initial.version);
  const [accent, setAccent] = useState(initial.accentColor);
  const form = useActionForm(saveSiteSettings, (data) => setVersion(data.version));
  const errors = form.fieldErrors;
  const t = useTranslations("studio.settings");
  const shell = useTranslations("studio.shell");
  const bind = uncontrolledFields(initial, errors, limits);

  return (
    <form className="studio-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <input type="hidden" name="version" value={version} />

      <fieldset>
        <legend>{t("employer")}</legend>
        <Field {...bind("companyName")} label={t("companyName")} />
        <Field {...bind("taglineDe")} label={t("taglineDe")} />
        <Field {...bind("taglineEn")} label={t("taglineEn")} lang="en" />
        <div className="field-row">
          <Field
            name="accentColor"
            label={t("accentColor")}
            hint={t("accentHint")}
            value={accent}
            onChange={(event) => setAccent(event.target.value)}
            errors={errors.accentColor}
            spellCheck={false}
            {...limits.accentColor}
          />
          <span className="swatch" style={{ background: /^#[0-9a-f]{6}$/i.test(accent) ? accent : "transparent" }} aria-hidden="true" />
        </div>
        <LogoField initial={logo} errors={errors.logoAssetId} />
      </fieldset>

      <fieldset>
        <legend>{t("links")}</legend>
        <Field {...bind("defaultJobsUrl")} label={t("jobs")} hint={t("jobsHint")} type="url" />
        <Field {...bind("imprintUrl")} label={t("imprint")} type="url" />
        <Field {...bind("privacyUrl")} label={t("privacy")} type="url" />
      </fieldset>

      <TimeZoneFieldset initial={initial.timeZone} timeZones={timeZones} />
      <SecurityFieldset initial={initial.requireTwoFactor} errors={errors.requireTwoFactor} />

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

/** The site's time zone, in which the studio shows and schedules times. */
function TimeZoneFieldset({ initial, timeZones }: { initial: string; timeZones: string[] }) {
  const t = useTranslations("studio.settings");
  return (
    <fieldset>
      <legend>{t("time")}</legend>
      <div className="field">
        <label htmlFor="timeZone">{t("timeZone")}</label>
        <p className="field-hint" id="timeZone-hint">
          {t("timeZoneHint")}
        </p>
        <select id="timeZone" name="timeZone" defaultValue={initial} aria-describedby="timeZone-hint">
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** Whether everyone must sign in with a second factor; a refusal (not set up oneself) shows at the box. */
function SecurityFieldset({ initial, errors }: { initial: boolean; errors: string[] | undefined }) {
  const t = useTranslations("studio.settings");
  return (
    <fieldset>
      <legend>{t("security")}</legend>
      <div className="check-field">
        <input
          id="requireTwoFactor"
          name="requireTwoFactor"
          type="checkbox"
          defaultChecked={initial}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "requireTwoFactor-hint requireTwoFactor-error" : "requireTwoFactor-hint"}
        />
        <label htmlFor="requireTwoFactor">{t("requireTwoFactor")}</label>
        <p className="field-hint" id="requireTwoFactor-hint">
          {t("requireTwoFactorHint")}
        </p>
        {errors ? (
          <p className="field-error" id="requireTwoFactor-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
