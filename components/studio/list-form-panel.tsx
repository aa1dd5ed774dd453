import type { FormEvent, ReactNode, RefObject } from "react";
import { FormError } from "./field";

type Props = {
  headingId: string;
  title: string;
  /** The form's classes, "inline-form" and any of its own. */
  className: string;
  form: { onSubmit: (event: FormEvent<HTMLFormElement>) => void; pending: boolean; error: string | null };
  formRef: RefObject<HTMLFormElement | null>;
  children: ReactNode;
  /** Shown below the form, e.g. what the last submission made. */
  after?: ReactNode;
};

/** A panel with a heading and a form (of useListForm) that adds to the list on its page. */
export function ListFormPanel({ headingId, title, className, form, formRef, children, after }: Props) {
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <form ref={formRef} className={className} onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
        <FormError message={form.error} />
        {children}
      </form>
      {after}
    </section>
  );
}
