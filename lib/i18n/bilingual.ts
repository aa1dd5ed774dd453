import type { Locale } from "./routing";

/**
 * Messages written in lib/ (validation, broken rules) travel as plain strings through zod
 * and errors, so they carry both languages in one marked string; `localize` picks the
 * reader's when the action answers. Unmarked strings pass through unchanged.
 */
const MARK = "\u0001i18n:";

export function msg(de: string, en: string): string {
  return MARK + JSON.stringify({ de, en });
}

export function localize(message: string, locale: Locale): string {
  if (!message.startsWith(MARK)) return message;
  const texts = JSON.parse(message.slice(MARK.length)) as Record<Locale, string>;
  return texts[locale];
}
