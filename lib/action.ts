import "server-only";
import { z } from "zod";
import { inTransaction, type Executor } from "@/db/queries/executor";
import type { User } from "@/db/queries/users";
import { currentUser } from "./auth/session";
import { UserFacingError } from "./errors";
import { can, type Action } from "./permissions";

/**
 * The one way server actions run: parse the input with zod, check the session and the
 * permission, do the work in one transaction, return a typed result. A broken rule
 * (UserFacingError) rolls back and says why; any other error is logged on the server with
 * a reference, and the client gets a sentence, never a stack or a secret.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export type ActionSpec<S extends z.ZodType, T> = {
  name: string;
  input: S;
  permission: Action;
  run: (input: z.infer<S>, context: { user: User; tx: Executor }) => Promise<T>;
};

export const MESSAGES = {
  signedOut: "Bitte melde dich erneut an.",
  forbidden: "Dafür fehlt dir die Berechtigung.",
  invalid: "Bitte prüfe die markierten Felder.",
  failed: "Das hat nicht geklappt. Bitte versuch es noch einmal.",
} as const;

/** Runs an action for a known user; `defineAction` supplies the user of the request. */
export async function runAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>, raw: unknown, user: User | null): Promise<ActionResult<T>> {
  if (!user) return { ok: false, error: MESSAGES.signedOut };
  if (!can(user, spec.permission)) return { ok: false, error: MESSAGES.forbidden };
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: MESSAGES.invalid, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  try {
    const data = await inTransaction((tx) => spec.run(parsed.data, { user, tx }));
    return { ok: true, data };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message };
    const reference = crypto.randomUUID().slice(0, 8);
    console.error(`[action ${spec.name}] failed (ref ${reference}):`, error instanceof Error ? error.message : error);
    return { ok: false, error: `${MESSAGES.failed} (Referenz ${reference})` };
  }
}

/** Declares an action's spec with its input type inferred; `defineAction` turns it into a server action. */
export function actionSpec<S extends z.ZodType, T>(spec: ActionSpec<S, T>): ActionSpec<S, T> {
  return spec;
}

export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => runAction(spec, raw, await currentUser());
}
