"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, FormError, TextAreaField } from "@/components/studio/field";
import { DialogActions, Modal } from "@/components/studio/modal";
import { formatDateTime, wallTimeToDate } from "@/lib/dates";
import type { CheckResult } from "@/modules/workflow";

export type PublishRequest = { overrideReason: string; unpublishAt: string } & ({ when: "now" } | { when: "later"; publishAt: string });

/** The moment a wall-clock time of the site's zone is where the reader is, when their zone differs. */
function LocalTime({ value, siteZone, locale }: { value: string; siteZone: string; locale: string }) {
  const t = useTranslations("studio.workflow");
  const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const date = value ? wallTimeToDate(value, siteZone) : null;
  if (!date || userZone === siteZone) return null;
  return <p className="field-hint">{t("localTime", { time: formatDateTime(date, locale, userZone), zone: userZone })}</p>;
}

/** A date and time field in the site's zone, with the reader's own time under it. */
function SiteTimeField({
  id,
  name,
  label,
  value,
  errors,
  siteZone,
  locale,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  errors: string[] | undefined;
  siteZone: string;
  locale: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("studio.workflow");
  return (
    <>
      <Field
        id={id}
        name={name}
        type="datetime-local"
        label={label}
        hint={t("zoneHint", { zone: siteZone })}
        value={value}
        errors={errors}
        onChange={(event) => onChange(event.target.value)}
      />
      <LocalTime value={value} siteZone={siteZone} locale={locale} />
    </>
  );
}

/** The pre-publish checks, each marked as passed, blocking or a warning (in words, too, for screen readers). */
function Checklist({ checks }: { checks: CheckResult[] }) {
  const t = useTranslations("studio.workflow");
  return (
    <ul role="list" className="checklist" aria-label={t("checklist")}>
      {checks.map((check) => (
        <li key={check.key} className={check.ok ? "check-ok" : check.blocking ? "check-block" : "check-warn"}>
          <span className="visually-hidden">{check.ok ? t("checkOk") : check.blocking ? t("checkBlock") : t("checkWarn")}: </span>
          {t(`checks.${check.key}`)}
        </li>
      ))}
    </ul>
  );
}

type Timing = { when: "now" | "later"; publishAt: string; unpublishAt: string };

/** When it goes live (now, or at a time of the site's zone where scheduling applies) and, optionally, until when. */
function TimingFields({
  timing,
  canSchedule,
  fieldErrors,
  timeZone,
  locale,
  onChange,
}: {
  timing: Timing;
  canSchedule: boolean;
  fieldErrors: Record<string, string[]>;
  timeZone: string;
  locale: string;
  onChange: (patch: Partial<Timing>) => void;
}) {
  const t = useTranslations("studio.workflow");
  const timeField = (name: "publishAt" | "unpublishAt", id: string) => (
    <SiteTimeField
      id={id}
      name={name}
      label={t(`${name}Label`)}
      value={timing[name]}
      errors={fieldErrors[name]}
      siteZone={timeZone}
      locale={locale}
      onChange={(value) => onChange({ [name]: value })}
    />
  );
  return (
    <>
      {canSchedule ? (
        <fieldset className="field choice-group">
          <legend>{t("whenLegend")}</legend>
          {(["now", "later"] as const).map((option) => (
            <label key={option} className="choice">
              <input type="radio" name="when" value={option} checked={timing.when === option} onChange={() => onChange({ when: option })} />{" "}
              {t(`when.${option}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {timing.when === "later" ? timeField("publishAt", "publish-at") : null}
      {timeField("unpublishAt", "unpublish-at")}
    </>
  );
}

/**
 * Publishing: the pre-publish checklist, an admin's reason when consent is missing, and when
 * (now, or at a time of the site's zone where scheduling applies), optionally until when.
 */
export function PublishDialog({
  checks,
  isAdmin,
  canSchedule,
  timeZone,
  locale,
  pending,
  error,
  fieldErrors,
  onPublish,
  onClose,
}: {
  checks: CheckResult[];
  isAdmin: boolean;
  canSchedule: boolean;
  timeZone: string;
  locale: string;
  pending: boolean;
  error: string | null;
  fieldErrors: Record<string, string[]>;
  onPublish: (request: PublishRequest) => void;
  onClose: () => void;
}) {
  const t = useTranslations("studio.workflow");
  const [override, setOverride] = useState("");
  const [timing, setTiming] = useState<Timing>({ when: "now", publishAt: "", unpublishAt: "" });
  const { when, publishAt, unpublishAt } = timing;
  const blocking = checks.filter((check) => check.blocking && !check.ok && !(check.key === "consent" && override.trim()));
  const consentMissing = checks.some((check) => check.key === "consent" && !check.ok);

  return (
    <Modal title={t("publishTitle")} onClose={onClose}>
      <Checklist checks={checks} />
      {consentMissing && isAdmin ? (
        <TextAreaField
          id="override-reason"
          name="overrideReason"
          label={t("overrideLabel")}
          hint={t("overrideHint")}
          rows={2}
          maxLength={500}
          value={override}
          errors={fieldErrors.overrideReason}
          onChange={(event) => setOverride(event.target.value)}
        />
      ) : null}
      <TimingFields
        timing={timing}
        canSchedule={canSchedule}
        fieldErrors={fieldErrors}
        timeZone={timeZone}
        locale={locale}
        onChange={(patch) => setTiming((current) => ({ ...current, ...patch }))}
      />
      <FormError message={error} />
      <DialogActions
        confirm={when === "later" ? t("scheduleConfirm") : t("publishNow")}
        cancel={t("cancel")}
        disabled={pending || blocking.length > 0}
        onConfirm={() =>
          onPublish(when === "later" ? { when, publishAt, overrideReason: override, unpublishAt } : { when, overrideReason: override, unpublishAt })
        }
        onCancel={onClose}
      />
    </Modal>
  );
}
