import Link from "next/link";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/action";
import { EntryForm, type EntryField } from "./entry-form";

/** A studio page with one entry's form (new or existing), a way back, a heading and what else can be done with it. */
export function EntryPage({
  back,
  heading,
  id,
  fields,
  action,
  submit,
  done,
  footer,
}: {
  back: { href: string; label: string };
  heading: string;
  id: string | null;
  fields: EntryField[];
  action: (raw: unknown) => Promise<ActionResult<{ id: string }>>;
  submit: string;
  done: string;
  footer?: ReactNode;
}) {
  return (
    <>
      <p className="breadcrumb">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <h1>{heading}</h1>
      <EntryForm id={id} fields={fields} action={action} submit={submit} done={done} />
      {footer}
    </>
  );
}
