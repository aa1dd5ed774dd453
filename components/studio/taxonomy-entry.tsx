"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { z } from "zod";
import { deleteTaxonomy, saveTaxonomy } from "@/modules/taxonomy/actions";
import type { saveTaxonomySpec, Usage } from "@/modules/taxonomy";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field, FormError, Options, SelectField } from "./field";
import { useListForm } from "./use-action-form";

type Kind = "departments" | "locations" | "series";
type Text = Record<string, string>;
export type Entry = { id: string; slug: string; name: Text; jobsUrl: string | null; description: Text | null; usage: Usage };
export type TaxonomyLimits = FieldLimits<z.input<typeof saveTaxonomySpec.input>>;

/** An entry's name in the studio's language, German where it has none. */
function useEntryName() {
  const locale = useLocale();
  return (text: Text | null) => text?.[locale] ?? text?.de ?? "";
}

/**
 * One department, office or series: open it to rename it, change its address, or delete it
 * (moving what uses it elsewhere first). With `entry` null, the form that adds a new one.
 */
export function TaxonomyEntry({ kind, entry, others, limits }: { kind: Kind; entry: Entry | null; others: Entry[]; limits: TaxonomyLimits }) {
  const t = useTranslations("studio.taxonomy");
  const name = useEntryName();
  const id = useId();
  const fields = <SaveForm id={id} kind={kind} entry={entry} limits={limits} />;

  if (!entry) {
    return (
      <div className="taxonomy-new">
        <h3>{t(`${kind}.new`)}</h3>
        {fields}
      </div>
    );
  }

  const usage = Object.entries(entry.usage).map(([what, n]) => t(`usage.${what}`, { count: n }));
  return (
    <details className="taxonomy-entry">
      <summary>
        <span className="taxonomy-name">{name(entry.name)}</span> <span className="muted">/{entry.slug}</span>
        {usage.length ? <span className="muted"> · {usage.join(", ")}</span> : null}
      </summary>
      {fields}
      <DeleteForm id={id} kind={kind} entry={entry} others={others} inUse={usage.length > 0} />
    </details>
  );
}

/** The entry's names and address (and a department's jobs link, a series' description); a new entry's form empties after saving. */
function SaveForm({ id, kind, entry, limits }: { id: string; kind: Kind; entry: Entry | null; limits: TaxonomyLimits }) {
  const t = useTranslations("studio.taxonomy");
  const { form, formRef } = useListForm(saveTaxonomy, !entry);
  const errors = form.fieldErrors;
  return (
    <form ref={formRef} className="inline-form taxonomy-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={entry?.id ?? ""} />
      <Field id={`${id}-de`} name="nameDe" label={t("nameDe")} defaultValue={entry?.name.de ?? ""} errors={errors.nameDe} {...limits.nameDe} />
      <Field id={`${id}-en`} name="nameEn" label={t("nameEn")} defaultValue={entry?.name.en ?? ""} errors={errors.nameEn} {...limits.nameEn} lang="en" />
      <Field
        id={`${id}-slug`}
        name="slug"
        label={t("slug")}
        placeholder={entry ? undefined : t("slugHint")}
        defaultValue={entry?.slug ?? ""}
        errors={errors.slug}
        {...limits.slug}
        spellCheck={false}
      />
      {kind === "departments" ? (
        <Field
          id={`${id}-jobs`}
          name="jobsUrl"
          type="url"
          label={t("jobsUrl")}
          defaultValue={entry?.jobsUrl ?? ""}
          errors={errors.jobsUrl}
          {...limits.jobsUrl}
          placeholder="https://"
        />
      ) : null}
      {kind === "series" ? (
        <>
          <Field
            id={`${id}-dd`}
            name="descriptionDe"
            label={t("descriptionDe")}
            defaultValue={entry?.description?.de ?? ""}
            errors={errors.descriptionDe}
            {...limits.descriptionDe}
          />
          <Field
            id={`${id}-den`}
            name="descriptionEn"
            label={t("descriptionEn")}
            defaultValue={entry?.description?.en ?? ""}
            errors={errors.descriptionEn}
            {...limits.descriptionEn}
            lang="en"
          />
        </>
      ) : null}
      <button type="submit" className="button button-secondary" disabled={form.pending}>
        {entry ? t("save") : t(`${kind}.add`)}
      </button>
    </form>
  );
}

/** Deletes the entry; one still in use asks first where its people, interviews and jobs move to. */
function DeleteForm({ id, kind, entry, others, inUse }: { id: string; kind: Kind; entry: Entry; others: Entry[]; inUse: boolean }) {
  const t = useTranslations("studio.taxonomy");
  const name = useEntryName();
  const router = useRouter();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDeleting] = useTransition();

  function remove(moveTo: string) {
    setDeleteError(null);
    startDeleting(async () => {
      const result = await deleteTaxonomy({ kind, id: entry.id, moveTo });
      if (result.ok) router.refresh();
      else setDeleteError(result.fieldErrors?.moveTo?.[0] ?? result.error);
    });
  }

  return (
    <form
      className="inline-form taxonomy-delete"
      onSubmit={(event) => {
        event.preventDefault();
        remove(String(new FormData(event.currentTarget).get("moveTo") ?? ""));
      }}
    >
      {inUse ? (
        <SelectField id={`${id}-move`} name="moveTo" label={t("moveTo")} hint={t("moveHint")} errors={deleteError ? [deleteError] : undefined}>
          <option value="">{t("choose")}</option>
          <Options items={others.map((other) => ({ id: other.id, name: name(other.name) }))} />
        </SelectField>
      ) : (
        <FormError message={deleteError} />
      )}
      <button type="submit" className="button button-secondary" disabled={deleting} aria-label={t("deleteLabel", { name: name(entry.name) })}>
        {t("delete")}
      </button>
    </form>
  );
}
