"use client";

import { useEffect, useRef } from "react";

/**
 * Asks before the page is left (reloaded, closed, another address typed) while `pending()`
 * says there is work the server does not have yet. The browser words the question itself.
 */
export function useLeaveWarning(pending: () => boolean, enabled = true): void {
  const latest = useRef(pending);
  useEffect(() => {
    latest.current = pending;
  }, [pending]);
  useEffect(() => {
    if (!enabled) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current()) event.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => window.removeEventListener("beforeunload", beforeUnload);
  }, [enabled]);
}
