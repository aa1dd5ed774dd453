"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

/**
 * Runs a workflow step and keeps its errors. `inDialog` says whether a dialog is open to show
 * field errors at their fields; `onDone` follows a step that went through, before the page is
 * refreshed (or reloaded, where the editor must load another text).
 */
export function useWorkflowRun(inDialog: boolean, onDone: () => void) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();

  function run(action: () => Promise<ActionResult<unknown>>, reload = false) {
    setError(null);
    setFieldErrors({});
    start(async () => {
      const result = await action();
      if (!result.ok) {
        const fields = result.fieldErrors ?? {};
        setFieldErrors(fields);
        // A dialog shows field errors at their fields; the bar has no fields, so it says them.
        const first = Object.values(fields)[0]?.[0];
        if (!first || !inDialog) setError(first ?? result.error);
        return;
      }
      onDone();
      if (reload) window.location.reload();
      else router.refresh();
    });
  }

  return { run, pending, error, fieldErrors };
}
