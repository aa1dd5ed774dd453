import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Described = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
type FrameProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  /** "visually-hidden" where the control speaks for itself to sighted readers (the editor's title). */
  labelClassName?: string;
  children: (control: Described) => ReactNode;
};

/** Label, hint and errors around one control, which gets the ids that tie them together for screen readers. */
export function FieldFrame({ id, label, hint, errors, className = "field", labelClassName, children }: FrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId ? (
        <p className="field-error" id={errorId}>
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type Labelled = { name: string; label: string; hint?: string; errors?: string[] };

/** A labelled input with its hint and its errors, announced to screen readers with the field. */
export function Field({ name, label, hint, errors, id = name, ...input }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(control) => <input name={name} {...control} {...input} />}
    </FieldFrame>
  );
}

/** The same for a select. */
export function SelectField({ name, label, hint, errors, id = name, children, ...select }: SelectHTMLAttributes<HTMLSelectElement> & Labelled) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select name={name} {...control} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** The same for a multi-line text. */
export function TextAreaField({ name, label, hint, errors, id = name, ...area }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(control) => <textarea name={name} {...control} {...area} />}
    </FieldFrame>
  );
}

/** The options of a select from records with an id and a name. */
export function Options({ items }: { items: { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}

/** A form's message that concerns no single field (a broken rule, a lost connection), announced at once. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
