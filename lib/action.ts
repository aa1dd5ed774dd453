import "server-only";
import { updateTag } from "next/cache";
import { z } from "zod";
import { inTransaction, type Executor } from "@/db/queries/executor";
import { getSiteSettings } from "@/db/queries/settings";
import type { User } from "@/db/queries/users";
import { currentUser } from "./auth/session";
import { UserFacingError } from "./errors";
import { localize } from "./i18n/bilingual";
import { routing, type Locale } from "./i18n/routing";
import { studioLocale } from "./i18n/studio-locale";
import { can, type Action } from "./permissions";
import { ENROL_FIRST, mustEnrolTwoFactor } from "./two-factor/policy";

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
 * Registers work for after the commit (a mail about what was written): it runs only if the
 * transaction committed, and a failure there is logged without undoing the result.
 */
export type Defer = (work: () => Promise<unknown>) => void;

export const MESSAGES = {
  signedOut: { de: "Bitte melde dich erneut an.", en: "Please sign in again." },
  forbidden: { de: "Dafür fehlt dir die Berechtigung.", en: "You don't have permission to do that." },
  invalid: { de: "Bitte prüfe die markierten Felder.", en: "Please check the marked fields." },
  failed: { de: "Das hat nicht geklappt. Bitte versuch es noch einmal.", en: "That didn't work. Please try again." },
  reference: { de: "Referenz", en: "Reference" },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * Runs an action for a known user, answering in `locale`; `defineAction` supplies the
 * user and the language of the request.
 */
export async function runAction<S extends z.ZodType, T>(
  spec: ActionSpec<S, T>,
  raw: unknown,
  user: User | null,
  locale: Locale = routing.defaultLocale,
): Promise<ActionResult<T>> {
  if (!user) return { ok: false, error: MESSAGES.signedOut[locale] };
  if (!can(user, spec.permission)) return { ok: false, error: MESSAGES.forbidden[locale] };
  if (spec.permission !== "account.manage_own" && mustEnrolTwoFactor(user, await getSiteSettings())) return { ok: false, error: localize(ENROL_FIRST, locale) };
  const result = await execute(spec.name, spec.input, raw, (input, tx, defer) => spec.run(input, { user, tx, defer }), locale);
  if (!result.ok || !spec.afterCommit) return result;
  try {
    return { ok: true, data: await spec.afterCommit(result.data) };
  } catch (error) {
    console.error(`[action ${spec.name}] after commit:`, error instanceof Error ? error.message : error);
    return result;
  }
}

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

export function runLinkAction<S extends z.ZodType, T>(
  spec: LinkActionSpec<S, T>,
  raw: unknown,
  locale: Locale = routing.defaultLocale,
): Promise<ActionResult<T>> {
  return execute(spec.name, spec.input, raw, (input, tx, defer) => spec.run(input, { tx, defer }), locale);
}

async function execute<S extends z.ZodType, T>(
  name: string,
  schema: S,
  raw: unknown,
  work: (input: z.infer<S>, tx: Executor, defer: Defer) => Promise<T>,
  locale: Locale,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return {
      ok: false,
      error: MESSAGES.invalid[locale],
      fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => localize(m, locale))])),
    };
  }
  const deferred: (() => Promise<unknown>)[] = [];
  try {
    const data = await inTransaction((tx) => work(parsed.data, tx, (later) => deferred.push(later)));
    for (const later of deferred) {
      await later().catch((error: unknown) => console.error(`[action ${name}] after commit:`, error instanceof Error ? error.message : error));
    }
    return { ok: true, data };
  } catch (error) {
    if (error instanceof UserFacingError) {
      const message = localize(error.message, locale);
      return error.field ? { ok: false, error: MESSAGES.invalid[locale], fieldErrors: { [error.field]: [message] } } : { ok: false, error: message };
    }
    const reference = crypto.randomUUID().slice(0, 8);
    console.error(`[action ${name}] failed (ref ${reference}):`, error instanceof Error ? error.message : error);
    return { ok: false, error: `${MESSAGES.failed[locale]} (${MESSAGES.reference[locale]} ${reference})` };
  }
}

/** A server action from a link action's spec: no session, the same tag refresh after commit. */
export function defineLinkAction<S extends z.ZodType, T>(spec: LinkActionSpec<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const result = await runLinkAction(spec, raw, await studioLocale());
    if (result.ok && spec.revalidates) for (const tag of spec.revalidates(result.data)) updateTag(tag);
    return result;
  };
}

/** Declares an action's spec with its input type inferred; `defineAction` turns it into a server action. */
export function actionSpec<S extends z.ZodType, T>(spec: ActionSpec<S, T>): ActionSpec<S, T> {
  return spec;
}

/**
 * A server action from a spec. After a committed write it expires the spec's cache tags with
 * `updateTag`, so the very next public request renders fresh (no stale response first).
 */
export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const result = await runAction(spec, raw, await currentUser(), await studioLocale());
    if (result.ok && spec.revalidates) {
      for (const tag of spec.revalidates(spec.input.parse(raw), result.data)) updateTag(tag);
    }
    return result;
  };
}
