import slugify from "@sindresorhus/slugify";
import { msg } from "@/lib/i18n/bilingual";

/**
 * Web addresses from titles and names: lowercase words joined by hyphens, German letters
 * spelt out (ä → ae, ß → ss), "Kund:innen" → "kund-innen". @sindresorhus/slugify does the
 * transliteration (docs/decisions.md).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

export const SLUG_MESSAGE = msg(
  "Nur Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „auf-einen-kaffee-mit-marco“.",
  "Only lowercase letters, digits and hyphens, for example “coffee-with-marco”.",
);

// "&" reads as the word of the text's language ("Forschung & Entwicklung" → "forschung-und-entwicklung").
const AMPERSAND: Record<string, string> = { de: " und ", en: " and " };

/** A slug for `text` in `locale`, at most `max` characters, cut at a word boundary where possible. */
export function slugFor(text: string, { locale = "de", max = MAX_SLUG_LENGTH }: { locale?: string; max?: number } = {}): string {
  const slug = slugify(text, { customReplacements: [["&", AMPERSAND[locale] ?? AMPERSAND.de!]] });
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}

/**
 * The first of `base`, `base-2`, `base-3`, … that `isFree` accepts. Numbers are appended
 * within the length limit, so a long base is shortened to make room.
 */
export async function firstFreeSlug(base: string, isFree: (slug: string) => Promise<boolean>): Promise<string> {
  const root = base || "interview";
  if (await isFree(root)) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (await isFree(candidate)) return candidate;
  }
}
