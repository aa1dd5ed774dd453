"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { savePerson } from "@/modules/people/actions";
import type { personFormValues, savePersonSpec } from "@/modules/people";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field, FormError, Options, SelectField } from "./field";
import { uncontrolledFields } from "./field-binding";
import { PortraitField, type Portrait } from "./portrait-field";
import { useActionForm } from "./use-action-form";

type Option = { id: string; name: string };
type Values = ReturnType<typeof personFormValues>;
/** What every fieldset needs: the values to start from, the fields' limits and the errors at them. */
type FieldsetProps = { initial: Values; limits: FieldLimits<z.input<typeof savePersonSpec.input>>; errors: Record<string, string[]> };

/** Who the person is: academic title, name, and job title in German and English. */
function WhoFieldset({ initial, limits, errors }: FieldsetProps) {
  const t = useTranslations("studio.people");
  const bind = uncontrolledFields(initial, errors, limits);
  return (
    <fieldset>
      <legend>{t("who")}</legend>
      <div className="field-pair">
        <Field {...bind("academicTitle")} label={t("academicTitle")} hint={t("academicTitleHint")} />
        <Field {...bind("displayName")} label={t("displayName")} autoComplete="off" />
      </div>
      <Field {...bind("jobTitleDe")} label={t("jobTitleDe")} />
      <Field {...bind("jobTitleEn")} label={t("jobTitleEn")} hint={t("jobTitleEnHint")} lang="en" />
    </fieldset>
  );
}

/** Where they work: team, office, since when, the address consent requests go to, and whether they left. */
function WhereFieldset({ initial, limits, errors, departments, locations }: FieldsetProps & { departments: Option[]; locations: Option[] }) {
  const t = useTranslations("studio.people");
  const bind = uncontrolledFields(initial, errors, limits);
  return (
    <fieldset>
      <legend>{t("where")}</legend>
      <SelectField name="departmentId" label={t("department")} defaultValue={initial.departmentId} errors={errors.departmentId}>
        <option value="">{t("none")}</option>
        <Options items={departments} />
      </SelectField>
      <SelectField name="locationId" label={t("location")} defaultValue={initial.locationId} errors={errors.locationId}>
        <option value="">{t("none")}</option>
        <Options items={locations} />
      </SelectField>
      <Field {...bind("startDate")} type="date" label={t("startDate")} hint={t("startDateHint")} />
      <Field {...bind("email")} type="email" label={t("email")} hint={t("emailHint")} autoComplete="off" />
      <div className="check-field">
        <input id="person-left" type="checkbox" name="left" defaultChecked={initial.left} />
        <label htmlFor="person-left">{t("leftLabel")}</label>
      </div>
    </fieldset>
  );
}

/** The portrait with its focal point; its alt texts are asked for only while there is one. */
function PortraitFieldset({ initial, limits, errors, portrait }: FieldsetProps & { portrait: Portrait | null }) {
  const t = useTranslations("studio.people");
  const [hasPortrait, setHasPortrait] = useState(Boolean(portrait));
  const bind = uncontrolledFields(initial, errors, limits);
  return (
    <fieldset>
      <legend>{t("portrait")}</legend>
      <PortraitField
        initial={portrait}
        focal={{ x: initial.portraitFocalX, y: initial.portraitFocalY }}
        errors={errors.portraitAssetId}
        onChange={setHasPortrait}
      />
      {hasPortrait ? (
        <>
          <Field {...bind("portraitAltDe")} label={t("altDe")} hint={t("altHint")} />
          <Field {...bind("portraitAltEn")} label={t("altEn")} lang="en" />
        </>
      ) : null}
    </fieldset>
  );
}

/** A person: name, role, team, office, start date, consent address, portrait with alt text and focal point. */
export function PersonForm({
  initial,
  limits,
  portrait,
  departments,
  locations,
  justCreated,
}: {
  initial: Values;
  limits: FieldsetProps["limits"];
  justCreated: boolean;
  portrait: Portrait | null;
  departments: Option[];
  locations: Option[];
}) {
  const t = useTranslations("studio.people");
  const router = useRouter();
  const [version, setVersion] = useState(initial.version);
  const form = useActionForm(savePerson, (data) => {
    setVersion(data.version);
    // A new person gets a page of its own, which says it was saved.
    if (!initial.id) router.replace(`/studio/people/${data.id}?gespeichert=1`);
    else router.refresh();
  });
  const fields = { initial, limits, errors: form.fieldErrors };
  return (
    <form className="studio-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <input type="hidden" name="id" value={initial.id} />
      <input type="hidden" name="version" value={version} />

      <WhoFieldset {...fields} />
      <WhereFieldset {...fields} departments={departments} locations={locations} />
      <PortraitFieldset {...fields} portrait={portrait} />

      <div className="form-actions">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </button>
        {(form.data || justCreated) && !form.pending && !form.error ? (
          <p className="form-status" role="status">
            {t("saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
