import Link from "next/link";
import type { ReactNode } from "react";
import { EntryForm, type EntryFormProps } from "./entry-form";

/** A studio page with one entry's form (new or existing), a way back, a heading and what else can be done with it. */
export function EntryPage<I>({
  back,
  heading,
  footer,
  ...form
}: EntryFormProps<I> & { back: { href: string; label: string }; heading: string; footer?: ReactNode }) {
  return (
    <>
      <p className="breadcrumb">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <h1>{heading}</h1>
      <EntryForm {...form} />
      {footer}
    </>
  );
}
