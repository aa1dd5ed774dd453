"use client";

import { useState, useTransition, type ButtonHTMLAttributes } from "react";
import type { ActionResult } from "@/lib/action";

type Props<T> = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "type"> & {
  action: () => Promise<ActionResult<T>>;
  onSuccess: (data: T) => void;
};

/** A small button that runs one server action; a refusal shows beside it. */
export function ActionButton<T>({ action, onSuccess, children, ...button }: Props<T>) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        className="button button-small button-secondary"
        disabled={pending}
        {...button}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await action();
            if (result.ok) onSuccess(result.data);
            else setError(result.error);
          })
        }
      >
        {children}
      </button>
      {error ? (
        <span className="form-error row-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
