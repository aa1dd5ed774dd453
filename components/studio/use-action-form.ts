"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action";

type FormState<T> = { error: string | null; fieldErrors: Record<string, string[]>; data: T | null };

/**
 * Submits a form's fields to a server action and keeps its answer: the message at the top,
 * the errors at their fields, the data of a success. The inputs keep what was typed either way.
 */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [state, setState] = useState<FormState<T>>({ error: null, fieldErrors: {}, data: null });
  const [pending, startTransition] = useTransition();
  const t = useTranslations("studio.shell");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The form's fields are strings named after the action's input; its schema parses them.
    const values = Object.fromEntries(new FormData(event.currentTarget)) as I;
    startTransition(async () => {
      try {
        const result = await action(values);
        if (result.ok) {
          setState({ error: null, fieldErrors: {}, data: result.data });
          onSuccess?.(result.data);
        } else {
          setState({ error: result.error, fieldErrors: result.fieldErrors ?? {}, data: null });
        }
      } catch {
        setState({ error: t("connectionLost"), fieldErrors: {}, data: null });
      }
    });
  }

  return { ...state, pending, onSubmit };
}

/**
 * useActionForm for a form that adds to what the page lists: after a success the page reloads
 * its data and, unless `reset` is false, the form empties for the next entry. Give the form `formRef`.
 */
export function useListForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, reset = true) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm(action, () => {
    if (reset) formRef.current?.reset();
    router.refresh();
  });
  return { form, formRef };
}
