/**
 * Locale-aware dates with Intl. English uses British order ("17 April 2018"), which
 * reads naturally beside the German "17. April 2018".
 */
const INTL_LOCALE: Record<string, string> = { de: "de-DE", en: "en-GB" };

/** The Intl locale for one of ours ("de" → "de-DE"). */
export function intlLocale(locale: string): string {
  return INTL_LOCALE[locale] ?? locale;
}

export function formatLongDate(date: Date, locale: string, timeZone = "Europe/Berlin"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone }).format(date);
}

/** The year of a calendar date "YYYY-MM-DD", or null when absent or malformed. */
export function yearOf(calendarDate: string | null): number | null {
  const match = calendarDate ? /^(\d{4})-\d{2}-\d{2}$/.exec(calendarDate) : null;
  return match ? Number(match[1]) : null;
}

/** Date and time to the minute, e.g. "21.11.2026, 14:03", for logs and lists. */
export function formatDateTime(date: Date, locale: string, timeZone = "Europe/Berlin"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** The time of day to the minute, e.g. "14:03", for "saved at" notes. */
export function formatTime(date: Date, locale: string, timeZone = "Europe/Berlin"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: "short", timeZone }).format(date);
}
