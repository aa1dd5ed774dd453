"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/action";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field, FormError, Options, SelectField, TextAreaField } from "./field";
import type { ChosenImage } from "./image-field";
import { ImageInput } from "./image-input";
import { useActionForm } from "./use-action-form";

export type EntryField = {
  name: string;
  label: string;
  value: string;
  hint?: string;
  type?: "text" | "color" | "number";
  multiline?: boolean;
  options?: { id: string; name: string }[];
  /** An uploaded image: its purpose, the current one, and the field's texts. */
  image?: { purpose: string; initial: ChosenImage | null; texts: { preview: string; empty: string; remove: string; uploading: string } };
  lang?: string;
};

/** The fields, named after the action's input, and their limits from its schema (lib/forms/limits.ts). */
export type EntryFormProps<I> = {
  id: string | null;
  fields: (EntryField & { name: keyof I & string })[];
  limits: NoInfer<FieldLimits<I>>;
  action: (input: I) => Promise<ActionResult<{ id: string }>>;
  submit: string;
  done: string;
};

/**
 * A studio form of plain fields for one entry (a work universe, a topic): saved through its
 * action, errors at their fields, back to `done` afterwards.
 */
export function EntryForm<I>({ id, fields, limits, action, submit, done }: EntryFormProps<I>) {
  const router = useRouter();
  const form = useActionForm(action, () => router.push(done));
  return (
    <form className="studio-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={form.error} />
      <input type="hidden" name="id" value={id ?? ""} />
      <fieldset>
        {fields.map((field) => {
          // What every kind of plain field takes alike: its name, texts, starting value and errors.
          const shared = { name: field.name, label: field.label, hint: field.hint, defaultValue: field.value, errors: form.fieldErrors[field.name] };
          return field.image ? (
            <ImageInput
              key={field.name}
              name={field.name}
              purpose={field.image.purpose}
              initial={field.image.initial}
              errors={form.fieldErrors[field.name]}
              texts={{ label: field.label, hint: field.hint ?? "", ...field.image.texts }}
            />
          ) : field.options ? (
            <SelectField key={field.name} {...shared} required={limits[field.name].required}>
              <Options items={field.options} />
            </SelectField>
          ) : field.multiline ? (
            <TextAreaField key={field.name} {...shared} rows={3} {...limits[field.name]} lang={field.lang} />
          ) : (
            <Field key={field.name} {...shared} type={field.type ?? "text"} {...limits[field.name]} lang={field.lang} />
          );
        })}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}
