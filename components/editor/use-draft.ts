"use client";

import { useCallback, useRef, useState } from "react";
import type { ContentStatus } from "@/db/schema/types";
import type { DraftValues, SaveStatus, ServerCopy } from "./draft-types";
import { useConflictResolution } from "./use-conflict-resolution";
import { useLeaveWarning } from "./use-leave-warning";
import { useLocalCopy } from "./use-local-copy";
import { useSaveQueue } from "./use-save-queue";

/**
 * The editor's save loop: changes go to the browser at once and to the server 1.5 s after
 * typing stops, on the head the editor last saw. One save runs at a time; changes made
 * meanwhile are saved right after. A conflict, an invalid document or a lost connection
 * stops nothing being typed, and the browser copy stays until the server has the text.
 */
export function useDraft({
  interviewId,
  head,
  values: initial,
  savedAt,
  enabled,
  onSaved,
}: {
  interviewId: string;
  head: number;
  values: DraftValues;
  savedAt: string;
  enabled: boolean;
  /** Told the workflow state after each save (a save can send an approved text back to draft). */
  onSaved: (workflow: ContentStatus) => void;
}) {
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: savedAt });
  const latestRef = useRef(initial);
  const serverRef = useRef<ServerCopy>({ head, json: JSON.stringify(initial), at: savedAt });
  // Set by a conflict: nothing is saved until the writer has chosen how to resolve it.
  const blockedRef = useRef(false);

  const isDirty = useCallback(() => JSON.stringify(latestRef.current) !== serverRef.current.json, []);
  const { store, offer, takeOffer, dismissOffer } = useLocalCopy({ interviewId, enabled, latestRef, serverRef, isDirty });
  const { save, schedule, runningRef } = useSaveQueue({ interviewId, enabled, latestRef, serverRef, blockedRef, isDirty, setStatus, onSaved });
  const resolve = useConflictResolution({ interviewId, status, setStatus, latestRef, serverRef, blockedRef });

  const update = useCallback(
    (patch: Partial<DraftValues>) => {
      const next = { ...latestRef.current, ...patch };
      latestRef.current = next;
      setValues(next);
      if (!enabled) return;
      store();
      if (blockedRef.current) return;
      setStatus((current) => (current.kind === "offline" ? current : { kind: "pending" }));
      schedule();
    },
    [enabled, schedule, store],
  );

  /** Takes back the browser copy that was offered: its text, on the head it was written on. */
  const restoreOffer = useCallback(() => {
    const restored = takeOffer();
    if (restored) update(restored);
    return restored;
  }, [takeOffer, update]);

  // Leaving with changes the server does not have yet asks first (the browser copy stays either way).
  useLeaveWarning(
    useCallback(() => isDirty() || runningRef.current, [isDirty, runningRef]),
    enabled,
  );

  return { values, status, update, save, resolve, offer, restoreOffer, dismissOffer };
}
