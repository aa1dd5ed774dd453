import type { ComponentProps, ReactNode } from "react";

/** A studio list's filter as a GET form, so the address keeps what was picked: its fields, then the button that applies them. */
export function FilterForm({
  apply,
  children,
  ...form
}: {
  /** The button's text. */
  apply: string;
  children: ReactNode;
} & Pick<ComponentProps<"form">, "action" | "role" | "aria-label">) {
  return (
    <form className="panel row-form" method="get" {...form}>
      {children}
      <button type="submit" className="button button-secondary">
        {apply}
      </button>
    </form>
  );
}
