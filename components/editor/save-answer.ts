import type { saveDraft } from "@/modules/interviews/actions";
import type { SaveStatus } from "./draft-types";

/** What saveDraft and resolveConflict answer (both write the draft the same way). */
export type SaveAnswer = Awaited<ReturnType<typeof saveDraft>>;
type Saved = Extract<Extract<SaveAnswer, { ok: true }>["data"], { status: "saved" }>;

/** The server's answer as the status line shows it, and the revision written when the save went through. */
export function readAnswer(answer: SaveAnswer): { status: SaveStatus; saved: Saved | null } {
  if (!answer.ok) return { status: { kind: "invalid", message: answer.error, fieldErrors: answer.fieldErrors ?? {} }, saved: null };
  const { data } = answer;
  if (data.status === "conflict") return { status: { kind: "conflict", head: data.head, by: data.by, at: data.at }, saved: null };
  return { status: { kind: "saved", at: data.savedAt }, saved: data };
}
