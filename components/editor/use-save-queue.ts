"use client";

import { useCallback, useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from "react";
import { saveDraft } from "@/modules/interviews/actions";
import type { ContentStatus } from "@/db/schema/types";
import type { DraftValues, SaveKind, SaveStatus, ServerCopy } from "./draft-types";
import { clearLocalDraft } from "./local-draft";
import { readAnswer, type SaveAnswer } from "./save-answer";

/** Autosave waits this long after the last change. */
const AUTOSAVE_MS = 1500;
/** While offline, saving is retried this often (and at once when the browser is back online). */
const RETRY_MS = 10_000;

/**
 * Sends the draft to the server, on the head the editor last saw: one save at a time, changes
 * made meanwhile right after it, autosave once typing pauses, retries while offline. After a
 * conflict (`blockedRef`) nothing is sent until it is resolved.
 */
export function useSaveQueue({
  interviewId,
  enabled,
  latestRef,
  serverRef,
  blockedRef,
  isDirty,
  setStatus,
  onSaved,
}: {
  interviewId: string;
  enabled: boolean;
  latestRef: RefObject<DraftValues>;
  serverRef: RefObject<ServerCopy>;
  blockedRef: RefObject<boolean>;
  isDirty: () => boolean;
  setStatus: Dispatch<SetStateAction<SaveStatus>>;
  onSaved: (workflow: ContentStatus) => void;
}) {
  const runningRef = useRef(false);
  const queuedRef = useRef<SaveKind | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The save loop calls itself (retries, changes made meanwhile) through this.
  const saveAgainRef = useRef<(kind: SaveKind) => void>(() => undefined);

  const save = useCallback(
    async (kind: SaveKind) => {
      clearTimeout(timerRef.current);
      if (!enabled || blockedRef.current) return;
      if (runningRef.current) {
        queuedRef.current = kind === "save" ? "save" : (queuedRef.current ?? "autosave");
        return;
      }
      const snapshot = latestRef.current;
      const json = JSON.stringify(snapshot);
      // Changed and changed back: the server already has this.
      if (kind === "autosave" && json === serverRef.current.json) return setStatus({ kind: "saved", at: serverRef.current.at });
      runningRef.current = true;
      setStatus({ kind: "saving" });
      let answer: SaveAnswer;
      try {
        answer = await saveDraft({ interviewId, expectedHead: serverRef.current.head, kind, ...snapshot });
      } catch {
        runningRef.current = false;
        setStatus({ kind: "offline" });
        timerRef.current = setTimeout(() => saveAgainRef.current("autosave"), RETRY_MS);
        return;
      }
      runningRef.current = false;
      const { status, saved } = readAnswer(answer);
      if (status.kind === "conflict") blockedRef.current = true;
      setStatus(status);
      if (saved) {
        serverRef.current = { head: saved.head, json, at: saved.savedAt };
        if (!isDirty()) clearLocalDraft(interviewId);
        onSaved(saved.workflow);
      }
      const next = queuedRef.current;
      queuedRef.current = null;
      if (next || (answer.ok && isDirty())) saveAgainRef.current(next ?? "autosave");
    },
    [blockedRef, enabled, interviewId, isDirty, latestRef, onSaved, serverRef, setStatus],
  );

  useEffect(() => {
    saveAgainRef.current = (kind) => void save(kind);
  }, [save]);

  /** Autosaves once typing has paused for a moment. */
  const schedule = useCallback(() => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void save("autosave"), AUTOSAVE_MS);
  }, [save]);

  useEffect(() => {
    if (!enabled) return;
    const online = () => void save("autosave");
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timerRef.current);
    };
  }, [enabled, save]);

  return { save, schedule, runningRef };
}
