import { TZDate } from "@date-fns/tz";

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

/** A minute on the clock, as `<input type="datetime-local">` gives it: "2026-11-24T09:00". */
export const WALL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment a wall-clock time names in a time zone (schedules are set in the site's zone,
 * whoever sets them). Null when malformed or when the time does not exist there (the hour
 * skipped when the clocks go forward).
 */
export function wallTimeToDate(value: string, timeZone: string): Date | null {
  const match = WALL_TIME_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second = "0"] = match.slice(1).map((part) => part ?? "0");
  const date = new TZDate(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), timeZone);
  return dateToWallTime(date, timeZone).slice(0, 16) === value.slice(0, 16) ? new Date(date.getTime()) : null;
}

/** The wall-clock time of a moment in a time zone, for a datetime-local input: "2026-11-24T09:00:00". */
export function dateToWallTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
