"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { DraftValues, ServerCopy } from "./draft-types";
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from "./local-draft";

/** The browser copy is written at most this often while typing. */
const LOCAL_MS = 400;

/**
 * The draft's browser copy (local-draft.ts): written shortly after each change while the
 * server lacks it, and, when it differs from the server's text on opening, offered back once.
 */
export function useLocalCopy({
  interviewId,
  enabled,
  latestRef,
  serverRef,
  isDirty,
}: {
  interviewId: string;
  enabled: boolean;
  latestRef: RefObject<DraftValues>;
  serverRef: RefObject<ServerCopy>;
  isDirty: () => boolean;
}) {
  const [offer, setOffer] = useState<LocalDraft<DraftValues> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const store = useCallback(() => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => {
      if (isDirty()) writeLocalDraft(interviewId, { head: serverRef.current.head, values: latestRef.current, at: new Date().toISOString() });
    }, LOCAL_MS);
  }, [interviewId, isDirty, latestRef, serverRef]);

  /** Takes the offered copy back on the head it was written on; its text is the caller's to apply. */
  const takeOffer = useCallback(() => {
    if (!offer) return null;
    serverRef.current = { ...serverRef.current, head: offer.head };
    setOffer(null);
    return offer.values;
  }, [offer, serverRef]);

  const dismissOffer = useCallback(() => {
    clearLocalDraft(interviewId);
    setOffer(null);
  }, [interviewId]);

  // A browser copy that differs from the server's text is offered back once, on opening.
  useEffect(() => {
    if (!enabled) return;
    const local = readLocalDraft<DraftValues>(interviewId);
    if (local && JSON.stringify(local.values) !== serverRef.current.json) setOffer(local);
    else if (local) clearLocalDraft(interviewId);
  }, [enabled, interviewId, serverRef]);

  useEffect(() => () => clearTimeout(timerRef.current), []);

  return { store, offer, takeOffer, dismissOffer };
}
