import "server-only";
import { z } from "zod";
import { inTransaction, type Executor } from "@/db/executor";
import { UserFacingError } from "@/lib/errors";
import { localize } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/routing";
import { failure, unexpected, type ActionResult } from "./result";
import type { Defer } from "./spec";

/**
 * The core every action runs through: parse the input with zod, do the work in one
 * transaction, then the deferred work. A broken rule (UserFacingError) rolls back and says
 * why; any other error is logged on the server with its stack and a reference, and the
 * caller gets a sentence, never a stack or a secret.
 */
export async function execute<S extends z.ZodType, T>(
  name: string,
  schema: S,
  raw: unknown,
  work: (input: z.infer<S>, tx: Executor, defer: Defer) => Promise<T>,
  locale: Locale,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return failure("validation", locale, undefined, localizedFieldErrors(parsed.error, locale));
  const deferred: (() => Promise<unknown>)[] = [];
  try {
    const data = await inTransaction((tx) => work(parsed.data, tx, (later) => deferred.push(later)));
    for (const later of deferred) {
      await later().catch((error: unknown) => console.error(`[action ${name}] after commit:`, error));
    }
    return { ok: true, data };
  } catch (error) {
    if (error instanceof UserFacingError) return refusal(error, locale);
    return unexpected(`action ${name}`, error, locale);
  }
}

function localizedFieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => localize(m, locale))]));
}

function refusal(error: UserFacingError, locale: Locale): ActionResult<never> {
  const message = localize(error.message, locale);
  return error.field ? failure(error.code, locale, undefined, { [error.field]: [message] }) : failure(error.code, locale, error.message);
}
