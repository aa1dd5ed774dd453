/** The fields of the interview editor, checked the same way on every save (zod, bilingual messages). */
import { z } from "zod";
import { parseDoc, type TiptapDoc } from "@/lib/content/schema";
import { localeField, optionalHttpUrl, optionalText, requiredText, seriesField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";
import { MAX_SLUG_LENGTH, SLUG_MESSAGE, SLUG_PATTERN } from "@/lib/slugs";

const emptyToNull = (value: string) => value || null;

/** A body is valid Tiptap JSON of the content schema; the message says what is wrong and where. */
export const bodyField = z.unknown().transform((value, context): TiptapDoc => {
  const parsed = parseDoc(value);
  if (parsed.ok) return parsed.doc;
  context.addIssue({ code: "custom", message: parsed.error });
  return z.NEVER;
});

/** What a revision holds: the text and everything that travels with it. */
export const contentFields = {
  title: requiredText({ de: "Der Titel", en: "The title" }, 200),
  teaser: optionalText({ de: "Der Vorspann", en: "The teaser" }, 600),
  body: bodyField,
  seoTitle: optionalText({ de: "Der Suchmaschinen-Titel", en: "The search title" }, 120).transform(emptyToNull),
  seoDescription: optionalText({ de: "Die Suchmaschinen-Beschreibung", en: "The search description" }, 300).transform(emptyToNull),
  ctaLabel: optionalText({ de: "Der Text des Aufrufs", en: "The call to action's label" }, 80).transform(emptyToNull),
  ctaUrl: optionalHttpUrl,
  socialImageAssetId: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .transform((value) => value || null),
};

export const slugField = z
  .string()
  .trim()
  .min(1, msg("Die Adresse fehlt.", "The address is missing."))
  .max(
    MAX_SLUG_LENGTH,
    msg(`Die Adresse darf höchstens ${MAX_SLUG_LENGTH} Zeichen lang sein.`, `The address may be at most ${MAX_SLUG_LENGTH} characters long.`),
  )
  .regex(SLUG_PATTERN, SLUG_MESSAGE);

export const personField = z.string().min(1, msg("Bitte wähle die Person, um die es geht.", "Please choose the person this is about.")).max(64);

/** The interview's own settings beside its text: address, person, series, language. */
export const metaFields = {
  slug: slugField,
  personId: personField,
  seriesId: seriesField,
  locale: localeField,
};
