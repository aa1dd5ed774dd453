/**
 * Search normalization for German text. Documents and queries are folded the same way,
 * and matching is by substring, so:
 * - word parts match ("produktion" finds "Produktionsmanager"),
 * - umlauts and ß match both ways ("grössl", "groessl" and "größl" are the same),
 * - gender-inclusive forms are sensible: "Kund:innen" is indexed as "kundinnen" and also
 *   as "kunden", so "Kund:innen", "Kundinnen" and "Kunden" all find it.
 */

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Lowercase, umlauts and ß spelled out, other accents removed, punctuation to spaces. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => UMLAUTS[char]!)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// "Kund:innen", "Kund*innen", "Kund_innen", "Mitarbeiter/innen" (with a separator before "in"/"innen").
const GENDER_FORM = /(\p{L}+)[:*_/](innen|in)(?![\p{L}])/gu;

/** Joins gender forms into one word so folding does not split them. */
function joinGenderForms(text: string): string {
  return text.replace(GENDER_FORM, "$1$2");
}

/** The folded text to store for a document, with the plural of each gender form added. */
export function searchableText(parts: (string | null | undefined)[]): string {
  const text = parts.filter(Boolean).join(" ");
  const plurals = [...text.matchAll(GENDER_FORM)].map(([, base, suffix]) => (suffix === "innen" ? `${base}en` : base));
  return fold([joinGenderForms(text), ...plurals].join(" "));
}

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;

/** Folded search terms of a query; bounded so no input, however long or odd, is costly. */
export function searchTerms(query: string): string[] {
  const terms = fold(joinGenderForms(query.slice(0, MAX_QUERY_LENGTH)))
    .split(" ")
    .filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Escapes LIKE wildcards; use with `ESCAPE '\'`. Folded terms hold none, but be sure. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
