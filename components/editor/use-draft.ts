"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { resolveConflict, saveDraft } from "@/app/studio/actions/interviews";
import type { ContentStatus } from "@/db/schema/types";
import type { TiptapDoc } from "@/lib/content/schema";
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from "./local-draft";
import { useLeaveWarning } from "./use-leave-warning";

/** Everything the editor saves: the revision's content and the interview's settings. */
export type DraftValues = {
  title: string;
  teaser: string;
  body: TiptapDoc;
  seoTitle: string;
  seoDescription: string;
  ctaLabel: string;
  ctaUrl: string;
  socialImageAssetId: string | null;
  slug: string;
  personId: string;
  seriesId: string;
  locale: string;
};

export type SaveStatus =
  | { kind: "saved"; at: string }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; head: number; by: string | null; at: string };

/** Autosave waits this long after the last change. */
const AUTOSAVE_MS = 1500;
/** While offline, saving is retried this often (and at once when the browser is back online). */
const RETRY_MS = 10_000;
/** The browser copy is written at most this often while typing. */
const LOCAL_MS = 400;

/**
 * The editor's save loop: changes go to the browser at once and to the server 1.5 s after
 * typing stops, on the head the editor last saw. One save runs at a time; changes made
 * meanwhile are saved right after. A conflict, an invalid document or a lost connection
 * stops nothing being typed, and the browser copy stays until the server has the text.
 */
export function useDraft({ interviewId, head: initialHead, values: initial, savedAt, enabled, onSaved }: {
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
  const [offer, setOffer] = useState<LocalDraft<DraftValues> | null>(null);
  const head = useRef(initialHead);
  const latest = useRef(initial);
  const saved = useRef(JSON.stringify(initial));
  const savedAtRef = useRef(savedAt);
  const running = useRef(false);
  const queued = useRef<"autosave" | "save" | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const localTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const blocked = useRef(false);
  // The save loop calls itself (retries, changes made meanwhile) through this.
  const saveAgain = useRef<(kind: "autosave" | "save") => void>(() => undefined);

  const isDirty = useCallback(() => JSON.stringify(latest.current) !== saved.current, []);

  const storeLocally = useCallback(() => {
    clearTimeout(localTimer.current);
    localTimer.current = setTimeout(() => {
      if (isDirty()) writeLocalDraft(interviewId, { head: head.current, values: latest.current, at: new Date().toISOString() });
    }, LOCAL_MS);
  }, [interviewId, isDirty]);

  const save = useCallback(
    async (kind: "autosave" | "save") => {
      clearTimeout(timer.current);
      if (!enabled || blocked.current) return;
      if (running.current) {
        queued.current = kind === "save" ? "save" : (queued.current ?? "autosave");
        return;
      }
      const snapshot = latest.current;
      const json = JSON.stringify(snapshot);
      // Changed and changed back: the server already has this.
      if (kind === "autosave" && json === saved.current) return setStatus({ kind: "saved", at: savedAtRef.current });
      running.current = true;
      setStatus({ kind: "saving" });
      let result: Awaited<ReturnType<typeof saveDraft>>;
      try {
        result = await saveDraft({ interviewId, expectedHead: head.current, kind, ...snapshot });
      } catch {
        running.current = false;
        setStatus({ kind: "offline" });
        timer.current = setTimeout(() => saveAgain.current("autosave"), RETRY_MS);
        return;
      }
      running.current = false;
      if (!result.ok) {
        setStatus({ kind: "invalid", message: result.error, fieldErrors: result.fieldErrors ?? {} });
      } else if (result.data.status === "conflict") {
        blocked.current = true;
        setStatus({ kind: "conflict", head: result.data.head, by: result.data.by, at: result.data.at });
      } else {
        head.current = result.data.head;
        saved.current = json;
        savedAtRef.current = result.data.savedAt;
        setStatus({ kind: "saved", at: result.data.savedAt });
        if (!isDirty()) clearLocalDraft(interviewId);
        onSaved(result.data.workflow);
      }
      const next = queued.current;
      queued.current = null;
      if (next || (result.ok && isDirty())) saveAgain.current(next ?? "autosave");
    },
    [enabled, interviewId, isDirty, onSaved],
  );

  useEffect(() => {
    saveAgain.current = (kind) => void save(kind);
  }, [save]);

  const update = useCallback(
    (patch: Partial<DraftValues>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setValues(next);
      if (!enabled) return;
      storeLocally();
      if (blocked.current) return;
      setStatus((current) => (current.kind === "offline" ? current : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save("autosave"), AUTOSAVE_MS);
    },
    [enabled, save, storeLocally],
  );

  /** After a conflict: keep my version on top of theirs, or keep mine in the history and load theirs. */
  const resolve = useCallback(
    async (choice: "mine" | "theirs") => {
      if (status.kind !== "conflict") return;
      setStatus({ kind: "saving" });
      let result: Awaited<ReturnType<typeof resolveConflict>>;
      try {
        result = await resolveConflict({ interviewId, choice, theirHead: status.head, ...latest.current });
      } catch {
        setStatus(status);
        return;
      }
      if (!result.ok) return setStatus({ kind: "invalid", message: result.error, fieldErrors: result.fieldErrors ?? {} });
      if (result.data.status === "conflict") return setStatus({ kind: "conflict", head: result.data.head, by: result.data.by, at: result.data.at });
      clearLocalDraft(interviewId);
      if (choice === "theirs") {
        window.location.reload();
        return;
      }
      blocked.current = false;
      head.current = result.data.head;
      saved.current = JSON.stringify(latest.current);
      savedAtRef.current = result.data.savedAt;
      setStatus({ kind: "saved", at: result.data.savedAt });
    },
    [interviewId, status],
  );

  /** Takes back the browser copy that was offered: its text, on the head it was written on. */
  const restoreOffer = useCallback(() => {
    if (!offer) return null;
    head.current = offer.head;
    setOffer(null);
    update(offer.values);
    return offer.values;
  }, [offer, update]);

  const dismissOffer = useCallback(() => {
    clearLocalDraft(interviewId);
    setOffer(null);
  }, [interviewId]);

  // A browser copy that differs from the server's text is offered back once, on opening.
  useEffect(() => {
    if (!enabled) return;
    const local = readLocalDraft<DraftValues>(interviewId);
    if (local && JSON.stringify(local.values) !== saved.current) setOffer(local);
    else if (local) clearLocalDraft(interviewId);
  }, [enabled, interviewId]);

  // Leaving with changes the server does not have yet asks first (the browser copy stays either way).
  useLeaveWarning(useCallback(() => isDirty() || running.current, [isDirty]), enabled);

  useEffect(() => {
    if (!enabled) return;
    const online = () => void save("autosave");
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
      clearTimeout(localTimer.current);
    };
  }, [enabled, save]);

  return { values, status, update, save, resolve, offer, restoreOffer, dismissOffer };
}
