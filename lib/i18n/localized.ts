import type { LocalizedText } from "@/db/schema/types";

export const FALLBACK_LOCALE = "de";

/** The text for `locale`, falling back to German (the content's first language). */
export function localized(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return "";
  return text[locale] ?? text[FALLBACK_LOCALE] ?? Object.values(text)[0] ?? "";
}

/** German and English from two form fields; an empty English text is left out (German stands in). */
export function bothLanguages(de: string, en: string): LocalizedText {
  return en ? { de, en } : { de };
}
