"use client";

import { useCallback, type Dispatch, type RefObject, type SetStateAction } from "react";
import { resolveConflict } from "@/modules/interviews/actions";
import type { DraftValues, SaveStatus, ServerCopy } from "./draft-types";
import { clearLocalDraft } from "./local-draft";
import { readAnswer, type SaveAnswer } from "./save-answer";

/**
 * After a conflict: keep my version on top of theirs (saving goes on from there), or keep mine
 * in the history and load theirs (the page reloads). Either way the browser copy has served.
 */
export function useConflictResolution({
  interviewId,
  status,
  setStatus,
  latestRef,
  serverRef,
  blockedRef,
}: {
  interviewId: string;
  status: SaveStatus;
  setStatus: Dispatch<SetStateAction<SaveStatus>>;
  latestRef: RefObject<DraftValues>;
  serverRef: RefObject<ServerCopy>;
  blockedRef: RefObject<boolean>;
}) {
  return useCallback(
    async (choice: "mine" | "theirs") => {
      if (status.kind !== "conflict") return;
      setStatus({ kind: "saving" });
      let answer: SaveAnswer;
      try {
        answer = await resolveConflict({ interviewId, choice, theirHead: status.head, ...latestRef.current });
      } catch {
        setStatus(status);
        return;
      }
      const { status: next, saved } = readAnswer(answer);
      if (!saved) return setStatus(next);
      clearLocalDraft(interviewId);
      if (choice === "theirs") {
        window.location.reload();
        return;
      }
      blockedRef.current = false;
      serverRef.current = { head: saved.head, json: JSON.stringify(latestRef.current), at: saved.savedAt };
      setStatus(next);
    },
    [blockedRef, interviewId, latestRef, serverRef, setStatus, status],
  );
}
