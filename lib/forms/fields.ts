import { z } from "zod";
import { msg } from "@/lib/i18n/bilingual";
import { routing, type Locale } from "@/lib/i18n/routing";
import { MAX_SLUG_LENGTH, SLUG_MESSAGE, SLUG_PATTERN } from "@/lib/slugs";

/** Field schemas the studio's forms share, with messages for the field in both languages. */

/** A field's name in a sentence, e.g. { de: "Der Name", en: "The name" }. */
type Label = Record<Locale, string>;

const tooLong = (label: Label, max: number) =>
  msg(`${label.de} darf höchstens ${max} Zeichen lang sein.`, `${label.en} may be at most ${max} characters long.`);

export function requiredText(label: Label, max: number) {
  return z
    .string()
    .trim()
    .min(1, msg(`${label.de} fehlt.`, `${label.en} is missing.`))
    .max(max, tooLong(label, max));
}

export function optionalText(label: Label, max: number) {
  return z.string().trim().max(max, tooLong(label, max));
}

/**
 * A text written in German and, optionally, English: the fields `<key>De` and `<key>En`.
 * The German one is required unless `germanRequired` is false.
 */
export function bilingualText<K extends string>(key: K, label: Label, max: number, germanRequired = true) {
  return {
    [`${key}De`]: germanRequired ? requiredText(label, max) : optionalText(label, max),
    [`${key}En`]: optionalText(label, max),
  } as Record<`${K}De` | `${K}En`, z.ZodString>;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const HTTP_URL_MESSAGE = msg(
  "Bitte eine vollständige Adresse mit https:// angeben, z. B. https://karriere.example.com/jobs.",
  "Please enter a full address starting with https://, e.g. https://careers.example.com/jobs.",
);
const URL_TOO_LONG = msg("Die Adresse ist zu lang.", "The address is too long.");

const httpUrlOrEmpty = z
  .string()
  .trim()
  .max(2000, URL_TOO_LONG)
  .refine((value) => value === "" || isHttpUrl(value), HTTP_URL_MESSAGE);

/** An http(s) URL. An empty field gets the same message, from `min(1)`: that marks the field required (lib/forms/limits.ts). */
export const httpUrl = httpUrlOrEmpty.min(1, HTTP_URL_MESSAGE);

/** An http(s) URL, or nothing: an empty field becomes null. */
export const optionalHttpUrl = httpUrlOrEmpty.transform((value) => value || null);

/** The id of an entry chosen in a form, or none: an empty field means null. */
export const optionalId = z
  .string()
  .max(64)
  .optional()
  .transform((value) => value || null);

/** A web address that may be left empty (it is then made from the name or title). */
export const optionalSlug = z
  .string()
  .trim()
  .max(MAX_SLUG_LENGTH)
  .refine((value) => value === "" || SLUG_PATTERN.test(value), SLUG_MESSAGE);

export const SLUG_TAKEN = msg("Diese Adresse ist schon vergeben. Bitte wähle eine andere.", "This address is taken. Please choose another one.");

/** One of the site's languages. */
export const localeField = z.enum(routing.locales, msg("Bitte eine Sprache wählen.", "Please choose a language."));

/** A series to file something under, or none (an empty choice). */
export const seriesField = z
  .string()
  .max(64)
  .nullable()
  .optional()
  .transform((value) => value || null);
