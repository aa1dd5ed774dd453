import { localize } from "@/lib/i18n/bilingual";
import type { Locale } from "@/lib/i18n/routing";

/**
 * What every server action answers. A failure carries a stable `code` for callers and
 * tests, and a sentence in the reader's language for people; field errors sit at their
 * fields.
 */
export type ActionErrorCode = "forbidden" | "signed_out" | "validation" | "conflict" | "not_found" | "rate_limited" | "failed";

export type ActionFailure = { ok: false; code: ActionErrorCode; error: string; fieldErrors?: Record<string, string[]> };

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Each code's own sentence, for failures that bring none of their own. */
export const MESSAGES = {
  signed_out: { de: "Bitte melde dich erneut an.", en: "Please sign in again." },
  forbidden: { de: "Dafür fehlt dir die Berechtigung.", en: "You don't have permission to do that." },
  validation: { de: "Bitte prüfe die markierten Felder.", en: "Please check the marked fields." },
  conflict: { de: "Inzwischen hat sich etwas geändert. Bitte lade die Seite neu.", en: "Something changed in the meantime. Please reload the page." },
  not_found: { de: "Das gibt es nicht (mehr).", en: "This does not exist (any more)." },
  rate_limited: { de: "Zu viele Versuche. Bitte warte einen Moment.", en: "Too many attempts. Please wait a moment." },
  failed: { de: "Das hat nicht geklappt. Bitte versuch es noch einmal.", en: "That didn't work. Please try again." },
} as const satisfies Record<ActionErrorCode, Record<Locale, string>>;

export const REFERENCE = { de: "Referenz", en: "Reference" } as const satisfies Record<Locale, string>;

/** A failure with the standard sentence for its code (or `message`, a `msg(de, en)` text). */
export function failure(code: ActionErrorCode, locale: Locale, message?: string, fieldErrors?: Record<string, string[]>): ActionFailure {
  const error = message === undefined ? MESSAGES[code][locale] : localize(message, locale);
  return fieldErrors ? { ok: false, code, error, fieldErrors } : { ok: false, code, error };
}

/**
 * Logs an unexpected error on the server with its stack and a short reference, and gives
 * the caller only the reference: never the error's text, which may hold a secret.
 */
export function unexpected(where: string, error: unknown, locale: Locale): ActionFailure {
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[${where}] failed (ref ${reference}):`, error);
  return { ok: false, code: "failed", error: `${MESSAGES.failed[locale]} (${REFERENCE[locale]} ${reference})` };
}
