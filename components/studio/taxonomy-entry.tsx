"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { deleteTaxonomy, saveTaxonomy } from "@/app/studio/actions/taxonomy";
import type { Usage } from "@/db/queries/taxonomy-usage";
import { Field, FormError, Options, SelectField } from "./field";
import { useActionForm } from "./use-action-form";

type Kind = "departments" | "locations" | "series";
type Text = Record<string, string>;
export type Entry = { id: string; slug: string; name: Text; jobsUrl: string | null; description: Text | null; usage: Usage };

/**
 * One department, office or series: open it to rename it, change its address, or delete it
 * (moving what uses it elsewhere first). With `entry` null, the form that adds a new one.
 */
export function TaxonomyEntry({ kind, entry, others }: { kind: Kind; entry: Entry | null; others: Entry[] }) {
  const t = useTranslations("studio.taxonomy");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDeleting] = useTransition();
  const form = useActionForm(saveTaxonomy, () => {
    if (!entry) formRef.current?.reset();
    router.refresh();
  });
  const errors = form.fieldErrors;
  const usage = entry ? Object.entries(entry.usage).map(([what, n]) => t(`usage.${what}`, { count: n })) : [];
  const name = (text: Text | null) => text?.[locale] ?? text?.de ?? "";

  const fields = (
    <form ref={formRef} className="inline-form taxonomy-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={entry?.id ?? ""} />
      <Field id={`${id}-de`} name="nameDe" label={t("nameDe")} defaultValue={entry?.name.de ?? ""} errors={errors.nameDe} required maxLength={80} />
      <Field id={`${id}-en`} name="nameEn" label={t("nameEn")} defaultValue={entry?.name.en ?? ""} errors={errors.nameEn} maxLength={80} lang="en" />
      <Field id={`${id}-slug`} name="slug" label={t("slug")} placeholder={entry ? undefined : t("slugHint")} defaultValue={entry?.slug ?? ""} errors={errors.slug} maxLength={80} spellCheck={false} />
      {kind === "departments" ? (
        <Field id={`${id}-jobs`} name="jobsUrl" type="url" label={t("jobsUrl")} defaultValue={entry?.jobsUrl ?? ""} errors={errors.jobsUrl} placeholder="https://" />
      ) : null}
      {kind === "series" ? (
        <>
          <Field id={`${id}-dd`} name="descriptionDe" label={t("descriptionDe")} defaultValue={entry?.description?.de ?? ""} errors={errors.descriptionDe} maxLength={500} />
          <Field id={`${id}-den`} name="descriptionEn" label={t("descriptionEn")} defaultValue={entry?.description?.en ?? ""} errors={errors.descriptionEn} maxLength={500} lang="en" />
        </>
      ) : null}
      <button type="submit" className="button button-secondary" disabled={form.pending}>
        {entry ? t("save") : t(`${kind}.add`)}
      </button>
    </form>
  );

  if (!entry) {
    return (
      <div className="taxonomy-new">
        <h3>{t(`${kind}.new`)}</h3>
        {fields}
      </div>
    );
  }

  function remove(moveTo: string) {
    setDeleteError(null);
    startDeleting(async () => {
      const result = await deleteTaxonomy({ kind, id: entry!.id, moveTo });
      if (result.ok) router.refresh();
      else setDeleteError(result.fieldErrors?.moveTo?.[0] ?? result.error);
    });
  }

  return (
    <details className="taxonomy-entry">
      <summary>
        <span className="taxonomy-name">{name(entry.name)}</span> <span className="muted">/{entry.slug}</span>
        {usage.length ? <span className="muted"> · {usage.join(", ")}</span> : null}
      </summary>
      {fields}
      <form
        className="inline-form taxonomy-delete"
        onSubmit={(event) => {
          event.preventDefault();
          remove(String(new FormData(event.currentTarget).get("moveTo") ?? ""));
        }}
      >
        {usage.length ? (
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
    </details>
  );
}
