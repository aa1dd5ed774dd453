import type { z } from "zod";
import type { Executor } from "@/db/executor";
import type { Tables } from "@/db/schema";
import type { Action } from "@/lib/permissions";

/** A studio account as actions see it (modules/accounts owns the table). */
export type User = Tables["users"]["$inferSelect"];

/**
 * Registers work for after the commit (a mail about what was written): it runs only if the
 * transaction committed, and a failure there is logged without undoing the result.
 */
export type Defer = (work: () => Promise<unknown>) => void;

/** A studio action: input schema, the permission it needs, and the work in one transaction. */
export type ActionSpec<S extends z.ZodType, T> = {
  name: string;
  input: S;
  permission: Action;
  run: (input: z.infer<S>, context: { user: User; tx: Executor; defer: Defer }) => Promise<T>;
  /** Cache tags of public pages the write changed (lib/cache/tags.ts); refreshed after commit. */
  revalidates?: (input: z.infer<S>, data: T) => string[];
  /**
   * Work that must not happen before the commit, such as sending a mail about it. It may
   * add to the result; if it throws, the committed result stands and the error is logged.
   */
  afterCommit?: (data: T) => Promise<T>;
};

/**
 * An action without a session, authorized by a secret in its input instead (a one-time
 * link). Same parsing, transaction and error handling; `run` must check the secret first.
 */
export type LinkActionSpec<S extends z.ZodType, T> = {
  name: string;
  input: S;
  run: (input: z.infer<S>, context: { tx: Executor; defer: Defer }) => Promise<T>;
  /** Cache tags of public pages the write changed; refreshed after commit. */
  revalidates?: (data: T) => string[];
};

/** Declares an action's spec with its input type inferred; `defineAction` turns it into a server action. */
export function actionSpec<S extends z.ZodType, T>(spec: ActionSpec<S, T>): ActionSpec<S, T> {
  return spec;
}
